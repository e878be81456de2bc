import GranskaCore

/// The Swedish summary `granska run` prints: one block per enkät with population sizes, answers,
/// insatser read and the problems found.
enum RunSummary {
    /// The summary text.
    ///
    /// - Parameters:
    ///   - omgang: the round as read.
    ///   - findings: every finding of the run (reading notes, rules, reconciliation).
    ///   - svar: the answers as the rules grouped them (`Omgang.svar()` when `nil`).
    ///   - respondents: respondents per enkät id (units of the survey population with a counting
    ///     submission), from the response-rate computation when there is one.
    /// - Complexity: O(n) in insatser and findings, plus O(n log n) to group the answers.
    static func render(omgang: Omgang, findings: [Finding], svar: [Svar]? = nil, respondents: [String: Int]? = nil) -> String {
        // Counted answer by answer (every insats is in exactly one submission of one answer), so
        // the per-enkät tables are touched once per answer rather than once per insats.
        let answers = svar ?? omgang.svar()
        var insatserPerEnkat: [String: Int] = [:]
        var unreadable: [String: Int] = [:]
        // Per enkät id: its first row in the file, whose spelling the list of unknown ids shows.
        var firstRow: [String: Int] = [:]
        var answered: [String: Int] = [:]
        var unknown: [String: Int] = [:]
        for s in answers {
            var rows = 0
            var bad = 0
            var first = Int.max
            for submission in s.inskickningar {
                for i in submission.insatser {
                    rows += 1
                    first = min(first, i)
                    if omgang.insatser[i].medelTolkning == .olaslig { bad += 1 }
                }
            }
            let e = s.key.enkat
            insatserPerEnkat[e, default: 0] += rows
            if bad > 0 { unreadable[e, default: 0] += bad }
            if first < firstRow[e] ?? Int.max { firstRow[e] = first }
            if respondents == nil && omgang.isInSurveyPopulation(s.key) {
                answered[e, default: 0] += 1
            } else if !omgang.isInRegister(s.key) {
                unknown[e, default: 0] += 1
            }
        }
        if let respondents { answered = respondents }
        var perType: [String: [String: Int]] = [:]
        var notes: [String: Int] = [:]
        var otherNotes = 0
        for f in findings {
            if let e = f.enkat {
                perType[e, default: [:]][f.feltyp ?? f.regel, default: 0] += 1
            }
        }
        for n in omgang.notes {
            if let e = n.enkat { notes[e, default: 0] += 1 } else { otherNotes += 1 }
        }

        var out = "granska \(GranskaVersion.current) – omgången i \(omgang.directory)\n"
        out += "\(omgang.enkater.count) enkäter, \(omgang.insatser.count) insatser, \(omgang.rekvisitioner.count) rekvisitioner\n"
        for e in omgang.enkater {
            let register = omgang.register.units(e.population).count
            let survey = omgang.surveyPopulation(e.id).count
            let svarande = answered[e.id] ?? 0
            out += "\nEnkät \(e.id) (\(e.population.plural)) – \(e.omrade)\n"
            out += row("Population", "\(register) \(e.population.plural) i registret, \(survey) i undersökningspopulationen (rekvirerat > 0)")
            var answers = "\(svarande) av \(survey)"
            if let rate = Fraction(Int64(svarande), Int64(survey)) { answers += " (\(rate.wholePercent) %)" }
            out += row("Svarande", answers)
            out += row("Insatser lästa", "\(insatserPerEnkat[e.id] ?? 0)")
            out += row("Okända respondenter", "\(unknown[e.id] ?? 0)")
            out += row("Oläsliga belopp", "\(unreadable[e.id] ?? 0)")
            out += row("Anmärkningar vid läsning", "\(notes[e.id] ?? 0)")
            let types = perType[e.id] ?? [:]
            if types.isEmpty {
                out += row("Fynd", "inga")
            } else {
                let total = types.values.reduce(0, +)
                out += row("Fynd", "\(total) – " + types.keys.sorted().map { "\($0) \(types[$0]!)" }.joined(separator: ", "))
            }
        }
        let known = Set(omgang.enkater.map(\.id))
        let strays = firstRow.compactMap { id, row in known.contains(id) ? nil : omgang.insatser[row].enkat }.sorted()
        if !strays.isEmpty || otherNotes > 0 {
            out += "\nUtanför omgångens enkäter:\n"
            for s in strays { out += "  Okänd enkät \(s): \(insatserPerEnkat[s] ?? 0) insatser\n" }
            if otherNotes > 0 { out += "  Anmärkningar vid läsning utan enkät: \(otherNotes)\n" }
        }
        return out
    }

    /// `  Label:` padded to a common width, then the value.
    static func row(_ label: String, _ value: String) -> String {
        let head = "  \(label):"
        return head + String(repeating: " ", count: max(1, 28 - head.count)) + value + "\n"
    }
}
