import Foundation
import GranskaTestSupport

/// The example round counted by hand, straight from the CSV rows, without granska's loader or
/// metrics: the reference the example tests compare against.
struct ExampleCounts {
    struct Enkat {
        var id = ""
        var population = ""
        var sista = ""
        var antalRegister = 0
        var antalPopulation = 0
        var svarande: Set<String> = []
        var sena = 0
        var ejRekvirerat = 0
        var okanda = 0
        var folkmangdBas: Int64 = 0
        var folkmangdSvarande: Int64 = 0
        var fordelatBas: Int64 = 0
        var fordelatSvarande: Int64 = 0
        var bortfall: [String] = []
        /// Per field: respondents' counting rows with the field non-blank, and respondents that
        /// filled it at least once.
        var faltBesvarade: [String: Int] = [:]
        var faltRespondenter: [String: Int] = [:]
        var antalInsatser = 0
        /// Respondents whose latest submission has no row that is complete and not a duplicate.
        var utanAnvandbar = 0
        /// Per län code: (base units, respondents).
        var perLan: [String: (bas: Int, svar: Int)] = [:]
    }

    static let fields = ["titel", "aktiviteter", "mal", "prestationer", "effekter", "status", "malgrupp", "medel"]

    var enkater: [Enkat] = []
    /// (enkat, respondent, insats_nr) of the duplicates and the incomplete rows found by hand, in
    /// every submission.
    var dubbletter: Set<[String]> = []
    var ofullstandiga: Set<[String]> = []

    /// - Parameter withoutDuplicates: leave duplicate rows out of the item counts, as the standard
    ///   rules' `stryk` does.
    init(withoutDuplicates: Bool = false) throws {
        let dir = Fixtures.exampleRound
        let omgang = try ExampleCounts.table(dir.appendingPathComponent("omgang.csv"), ";")
        let svar = try ExampleCounts.table(dir.appendingPathComponent("svar.csv"), ";")
        let rek = try ExampleCounts.table(dir.appendingPathComponent("rekvisitioner.csv"), ";")
        let kommuner = try ExampleCounts.table(Fixtures.registers.appendingPathComponent("kommuner.csv"), ",")
        let lan = try ExampleCounts.table(Fixtures.registers.appendingPathComponent("lan.csv"), ",")

        // Register units by population type: code -> (folkmängd, länskod), in code order.
        var kommunUnits: [(kod: String, folk: Int64, lan: String)] = []
        for r in kommuner { kommunUnits.append((r["kommunkod"]!, Int64(r["folkmangd"]!)!, r["lanskod"]!)) }
        var lanUnits: [(kod: String, folk: Int64, lan: String)] = []
        for r in lan { lanUnits.append((r["lanskod"]!, Int64(r["folkmangd"]!)!, r["lanskod"]!)) }

        // By hand, per the data contract: incomplete = titel, aktiviteter, status or medel blank;
        // duplicate = same submission, same trimmed titel and same medel text as a row with a
        // lower insats_nr (the example's duplicates repeat the amount as typed).
        var rowsBySubmission: [[String]: [Int]] = [:]
        for (i, r) in svar.enumerated() {
            rowsBySubmission[[r["enkat"]!, r["respondent"]!, r["inskickad"]!], default: []].append(i)
        }
        var duplicateRows: Set<Int> = []
        for rows in rowsBySubmission.values {
            for a in rows {
                for b in rows where Int(svar[b]["insats_nr"]!)! < Int(svar[a]["insats_nr"]!)! {
                    if ExampleCounts.trim(svar[a]["titel"]!) == ExampleCounts.trim(svar[b]["titel"]!)
                        && ExampleCounts.trim(svar[a]["medel"]!) == ExampleCounts.trim(svar[b]["medel"]!)
                    {
                        duplicateRows.insert(a)
                    }
                }
            }
        }
        var incompleteRows: Set<Int> = []
        for (i, r) in svar.enumerated()
        where ["titel", "aktiviteter", "status", "medel"].contains(where: { ExampleCounts.blank(r[$0]!) }) {
            incompleteRows.insert(i)
        }
        for i in duplicateRows { dubbletter.insert([svar[i]["enkat"]!, svar[i]["respondent"]!, svar[i]["insats_nr"]!]) }
        for i in incompleteRows {
            ofullstandiga.insert([svar[i]["enkat"]!, svar[i]["respondent"]!, svar[i]["insats_nr"]!])
        }

        for e in omgang {
            var out = Enkat()
            out.id = e["enkat"]!
            out.population = e["population"]!
            out.sista = e["sista_svarsdag"]!
            let units = out.population == "kommun" ? kommunUnits : lanUnits
            let codes = Set(units.map(\.kod))
            out.antalRegister = units.count

            var rekvirerat: [String: Int64] = [:]
            var fordelat: [String: Int64] = [:]
            for r in rek where r["enkat"] == out.id {
                rekvirerat[r["respondent"]!] = Int64(r["rekvirerat"]!)!
                fordelat[r["respondent"]!] = Int64(r["fordelat"]!)!
            }
            let population = Set(units.map(\.kod).filter { (rekvirerat[$0] ?? 0) > 0 })
            out.antalPopulation = population.count

            // The latest submission time per respondent (ISO text of fixed width sorts as time).
            var latest: [String: String] = [:]
            for r in svar where r["enkat"] == out.id {
                let who = r["respondent"]!
                let time = r["inskickad"]!
                if latest[who] == nil || time > latest[who]! { latest[who] = time }
            }
            for (who, time) in latest {
                if !codes.contains(who) {
                    out.okanda += 1
                } else if !population.contains(who) {
                    out.ejRekvirerat += 1
                } else {
                    out.svarande.insert(who)
                    if String(time.prefix(10)) > out.sista { out.sena += 1 }
                }
            }
            for u in units where population.contains(u.kod) {
                out.folkmangdBas += u.folk
                out.fordelatBas += fordelat[u.kod]!
                var g = out.perLan[u.lan] ?? (0, 0)
                g.bas += 1
                if out.svarande.contains(u.kod) {
                    out.folkmangdSvarande += u.folk
                    out.fordelatSvarande += fordelat[u.kod]!
                    g.svar += 1
                } else {
                    out.bortfall.append(u.kod)
                }
                out.perLan[u.lan] = g
            }

            // Items over the respondents' rows of their latest submission.
            var filledBy: [String: Set<String>] = [:]
            var usable: Set<String> = []
            for (i, r) in svar.enumerated() where r["enkat"] == out.id {
                let who = r["respondent"]!
                guard out.svarande.contains(who), r["inskickad"] == latest[who] else { continue }
                if !duplicateRows.contains(i) && !incompleteRows.contains(i) { usable.insert(who) }
                if withoutDuplicates && duplicateRows.contains(i) { continue }
                out.antalInsatser += 1
                for f in ExampleCounts.fields where !ExampleCounts.blank(r[f]!) {
                    out.faltBesvarade[f, default: 0] += 1
                    filledBy[f, default: []].insert(who)
                }
            }
            for f in ExampleCounts.fields { out.faltRespondenter[f] = filledBy[f]?.count ?? 0 }
            out.utanAnvandbar = out.svarande.subtracting(usable).count
            enkater.append(out)
        }
    }

    static func trim(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.first, blank(String(c)) { t.removeFirst() }
        while let c = t.last, blank(String(c)) { t.removeLast() }
        return String(t)
    }

    static func blank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { [" ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}"].contains($0) }
    }

    /// A CSV file as rows of header -> cell. Quotes, doubled quotes and line breaks inside quotes
    /// are handled; nothing else is needed for these files.
    static func table(_ url: URL, _ delimiter: Character) throws -> [[String: String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == delimiter {
                record.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        guard let header = records.first else { return [] }
        return records.dropFirst().map { row in
            var d: [String: String] = [:]
            for (k, v) in zip(header, row) { d[k] = v }
            return d
        }
    }
}
