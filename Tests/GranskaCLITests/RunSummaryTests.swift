import GranskaCore
import Testing

@testable import GranskaCLI

@Suite struct RunSummaryTests {
    static func insats(_ enkat: String, _ respondent: String, nr: Int, medel: Belopp, line: Int) -> Insats {
        Insats(
            enkat: enkat, respondent: respondent, inskickad: Tidpunkt(iso: "2025-03-01T10:00"),
            inskickadText: "2025-03-01T10:00", insatsNr: nr, insatsNrText: String(nr), titel: "t", aktiviteter: "a",
            mal: "", prestationer: "", effekter: "", status: "genomförd", malgrupp: "vuxna", medel: medel,
            location: SourceLocation(file: "svar.csv", line: line))
    }

    /// A small round: R-X over regioner, three answers (one unknown code 99, one not requisitioned).
    static func omgang() -> Omgang {
        let enkat = Enkat(
            id: "R-X", population: .region, omrade: "Provområde", referensar: 2024, sistaSvarsdag: Datum(iso: "2025-03-14"),
            insamlingStart: nil, insamlingSlut: nil, paminnelser: 1, location: SourceLocation(file: "omgang.csv", line: 2))
        let rek = ["01", "03", "04"].enumerated().map { i, kod in
            Rekvisition(enkat: "R-X", respondent: kod, fordelat: 1000, rekvirerat: 1000, aterbetalt: 0, location: SourceLocation(file: "rekvisitioner.csv", line: i + 2))
        }
        let insatser = [
            insats("R-X", "01", nr: 1, medel: Belopp(text: "500", kronor: 500, tolkning: .siffror), line: 2),
            insats("R-X", "01", nr: 2, medel: Belopp(text: "se bilaga", kronor: nil, tolkning: .olaslig), line: 3),
            insats("R-X", "99", nr: 1, medel: Belopp(text: "1", kronor: 1, tolkning: .siffror), line: 4),
            insats("R-X", "05", nr: 1, medel: Belopp(text: "1", kronor: 1, tolkning: .siffror), line: 5),
            insats("Q-Q", "01", nr: 1, medel: Belopp(text: "1", kronor: 1, tolkning: .siffror), line: 6),
        ]
        let note = Finding(regel: "data.okand-enkat", feltyp: nil, allvarlighet: .fel, enkat: nil, respondent: "01", insatsNr: 1, location: SourceLocation(file: "svar.csv", line: 6), meddelande: "okänd enkät")
        return Omgang(directory: "omg", enkater: [enkat], insatser: insatser, rekvisitioner: rek, notes: [note])
    }

    @Test func summaryCountsPopulationAnswersAndProblems() {
        let findings = [
            Finding(regel: "std.format", feltyp: "format", allvarlighet: .fel, enkat: "R-X", respondent: "01", insatsNr: 2, location: nil, meddelande: "x"),
            Finding(regel: "std.okand", feltyp: "okand_respondent", allvarlighet: .fel, enkat: "R-X", respondent: "99", insatsNr: nil, location: nil, meddelande: "x"),
        ]
        let text = RunSummary.render(omgang: Self.omgang(), findings: findings)
        #expect(text == """
            granska \(GranskaVersion.current) – omgången i omg
            1 enkäter, 5 insatser, 3 rekvisitioner

            Enkät R-X (regioner) – Provområde
              Population:               21 regioner i registret, 3 i undersökningspopulationen (rekvirerat > 0)
              Svarande:                 1 av 3 (33 %)
              Insatser lästa:           4
              Okända respondenter:      1
              Oläsliga belopp:          1
              Anmärkningar vid läsning: 0
              Fynd:                     2 – format 1, okand_respondent 1

            Utanför omgångens enkäter:
              Okänd enkät Q-Q: 1 insatser
              Anmärkningar vid läsning utan enkät: 1

            """)
    }
}
