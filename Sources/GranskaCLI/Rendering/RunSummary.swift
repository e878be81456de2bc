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
        var insatserPerEnkat: [String: Int] = [:]
        var unreadable: [String: Int] = [:]
        for i in omgang.insatser {
            insatserPerEnkat[i.enkat, default: 0] += 1
            if i.medelTolkning == .olaslig { unreadable[i.enkat, default: 0] += 1 }
        }
        var answered: [String: Int] = [:]
        var unknown: [String: Int] = [:]
        for s in svar ?? omgang.svar() {
            if omgang.isInSurveyPopulation(s.key) {
                answered[s.key.enkat, default: 0] += 1
            } else if !omgang.isInRegister(s.key) {
                unknown[s.key.enkat, default: 0] += 1
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
        var strayIDs = Set<String>()
        for id in insatserPerEnkat.keys where !known.contains(id) { strayIDs.insert(id) }
        let strays = strayIDs.sorted()
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
