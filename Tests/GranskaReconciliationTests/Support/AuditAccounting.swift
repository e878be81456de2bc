import GranskaCore
import GranskaReconciliation

/// Checks that an audit trail accounts for every difference between the input rows and the
/// cleaned data (``CleanedData``); returns one Swedish-free problem description per gap.
///
/// - a row missing from the cleaned data needs `struken` / `ersatt_inskickning` on the row, or a
///   `svar_utesluten` for an answer that was not reconciled;
/// - a row in the cleaned data has no removing entry, and its amount goes from the typed text to
///   `belopp_kr` through the `medel` entries, each `fore` equal to the value so far;
/// - `belopp_viktat` is set exactly when a `viktad` entry leads from `belopp_kr` to it;
/// - `anvandbar = 0` exactly when something explains it (an excluded row, an excluded or
///   not-reweighted answer, no amount).
enum AuditAccounting {
    static func problems(omgang: Omgang, reconciliation: Reconciliation) -> [String] {
        let rows = CleanedData.csvRows(omgang: omgang, reconciliation: reconciliation)
        let header = rows[0]
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        let (cFil, cRad, cBelopp, cViktat, cAnv) = (
            column("fil"), column("rad"), column("belopp_kr"), column("belopp_viktat"), column("anvandbar")
        )
        var cleaned: [String: [String]] = [:]
        for row in rows.dropFirst() { cleaned["\(row[cFil]):\(row[cRad])"] = row }

        var byRow: [Int: [AuditEntry]] = [:]
        var byAnswer: [SvarKey: [AuditEntry]] = [:]
        for e in reconciliation.audit.entries {
            if let i = e.insats {
                byRow[i, default: []].append(e)
            } else {
                byAnswer[SvarKey(enkat: e.enkat, respondent: e.respondent), default: []].append(e)
            }
        }
        var reconciled: [SvarKey: Avstamning] = [:]
        for a in reconciliation.avstamningar { reconciled[a.key] = a }

        var problems: [String] = []
        for (i, insats) in omgang.insatser.enumerated() {
            let place = "\(insats.location.file):\(insats.location.line)"
            let entries = byRow[i] ?? []
            let answerEntries = byAnswer[insats.key] ?? []
            guard let row = cleaned[place] else {
                let removed = entries.contains { $0.atgard.removesRow }
                    || (reconciled[insats.key] == nil && answerEntries.contains { $0.atgard == .svarUtesluten })
                if !removed { problems.append("\(place): saknas i rensade data utan förklaring") }
                continue
            }
            if entries.contains(where: { $0.atgard.removesRow }) {
                problems.append("\(place): borttagen enligt spåret men finns i rensade data")
            }
            // The amount's chain from the typed text.
            var value = insats.medel.tolkning == .siffror ? insats.medel.kronor.map(String.init) ?? "" : insats.medel.text
            if insats.medel.tolkning == .tom { value = "" }
            for e in entries where e.falt == "medel" && e.atgard != .viktad {
                if e.fore != value { problems.append("\(place): \(e.atgard.rawValue) före \(e.fore), väntat \(value)") }
                value = e.efter
            }
            if value != row[cBelopp] { problems.append("\(place): spåret ger \(value), rensat \(row[cBelopp])") }
            // The weighted amount.
            let weighted = entries.filter { $0.atgard == .viktad }
            if row[cViktat].isEmpty {
                if !weighted.isEmpty { problems.append("\(place): viktad i spåret men inte i rensade data") }
            } else if weighted.count != 1 || weighted[0].fore != row[cBelopp] || weighted[0].efter != row[cViktat] {
                problems.append("\(place): viktning \(row[cBelopp]) → \(row[cViktat]) saknas i spåret")
            }
            // Usability.
            let avstamning = reconciled[insats.key]
            let explained = entries.contains { $0.atgard == .utesluten }
                || answerEntries.contains { $0.atgard == .svarUtesluten }
                || row[cBelopp].isEmpty
            if row[cAnv] == "0" && !explained {
                problems.append("\(place): inte användbar utan förklaring")
            }
            if row[cAnv] == "1" && explained {
                problems.append("\(place): användbar trots uteslutning")
            }
            if row[cAnv] == "1" && row[cViktat].isEmpty && avstamning?.ejViktadOrsak == nil {
                problems.append("\(place): användbar men inte viktad, utan orsak")
            }
        }
        return problems
    }
}
