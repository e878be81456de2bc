import GranskaCore

@testable import GranskaRules

/// Small hand-built rounds for evaluator tests: a register of three kommuner and two län, one
/// kommun enkät `K` (last answer date 2025-03-14) and one län enkät `L`.
enum TestRound {
    static let register = Register(
        referensdatum: "2024-12-31",
        kommuner: [
            RegisterEnhet(kod: "0114", namn: "Upplands Väsby", lanskod: "01", folkmangd: 48_000),
            RegisterEnhet(kod: "0115", namn: "Vallentuna", lanskod: "01", folkmangd: 35_000),
            RegisterEnhet(kod: "0117", namn: "Österåker", lanskod: "01", folkmangd: 47_000),
        ],
        lan: [
            RegisterEnhet(kod: "01", namn: "Stockholms län", lanskod: "01", folkmangd: 2_400_000, region: "Region Stockholm"),
            RegisterEnhet(kod: "03", namn: "Uppsala län", lanskod: "03", folkmangd: 400_000, region: "Region Uppsala"),
        ])

    static let enkater = [
        Enkat(
            id: "K", population: .kommun, omrade: "Kunskap", referensar: 2024, sistaSvarsdag: Datum(iso: "2025-03-14"),
            insamlingStart: Datum(iso: "2025-01-20"), insamlingSlut: Datum(iso: "2025-04-30"), paminnelser: 2,
            location: SourceLocation(file: "omgang.csv", line: 2)),
        Enkat(
            id: "L", population: .lan, omrade: "Barn och unga", referensar: 2024, sistaSvarsdag: Datum(iso: "2025-03-31"),
            insamlingStart: Datum(iso: "2025-01-20"), insamlingSlut: Datum(iso: "2025-04-30"), paminnelser: 3,
            location: SourceLocation(file: "omgang.csv", line: 3)),
    ]

    /// Rekvisitioner: 0114 and 0115 requisitioned for K, 0117 got nothing (rekvirerat 0);
    /// län 01 requisitioned for L.
    static let rekvisitioner = [
        Rekvisition(
            enkat: "K", respondent: "0114", fordelat: 500_000, rekvirerat: 500_000, aterbetalt: 20_000,
            location: SourceLocation(file: "rekvisitioner.csv", line: 2)),
        Rekvisition(
            enkat: "K", respondent: "0115", fordelat: 300_000, rekvirerat: 300_000, aterbetalt: 0,
            location: SourceLocation(file: "rekvisitioner.csv", line: 3)),
        Rekvisition(
            enkat: "K", respondent: "0117", fordelat: 200_000, rekvirerat: 0, aterbetalt: 0,
            location: SourceLocation(file: "rekvisitioner.csv", line: 4)),
        Rekvisition(
            enkat: "L", respondent: "01", fordelat: 9_000_000, rekvirerat: 9_000_000, aterbetalt: 0,
            location: SourceLocation(file: "rekvisitioner.csv", line: 5)),
    ]

    /// A belopp read the way the contract reads plain digits; other text must say how it reads.
    static func belopp(_ text: String, _ kronor: Kronor? = nil, _ tolkning: Belopp.Tolkning? = nil) -> Belopp {
        if let tolkning { return Belopp(text: text, kronor: kronor, tolkning: tolkning) }
        let t = text.trimmingSpaces()
        if t.isEmpty { return Belopp(text: text, kronor: nil, tolkning: .tom) }
        if let k = Kronor(t) { return Belopp(text: text, kronor: k, tolkning: .siffror) }
        return Belopp(text: text, kronor: nil, tolkning: .olaslig)
    }

    /// One row of svar.csv at `line`.
    static func insats(
        _ enkat: String, _ respondent: String, nr: Int?, line: Int, inskickad: String = "2025-03-01T10:00",
        titel: String = "Insats", aktiviteter: String = "Aktivitet", mal: String = "", status: String = "genomförd",
        malgrupp: String = "barn", medel: Belopp = belopp("1000")
    ) -> Insats {
        Insats(
            enkat: enkat, respondent: respondent, inskickad: Tidpunkt(iso: inskickad), inskickadText: inskickad,
            insatsNr: nr, insatsNrText: nr.map(String.init) ?? "x", titel: titel, aktiviteter: aktiviteter, mal: mal,
            prestationer: "", effekter: "", status: status, malgrupp: malgrupp, medel: medel,
            location: SourceLocation(file: "svar.csv", line: line))
    }

    static func omgang(_ insatser: [Insats]) -> Omgang {
        Omgang(
            directory: "test", enkater: enkater, insatser: insatser, rekvisitioner: rekvisitioner, register: register)
    }

    /// Compiles rule text, failing the test with the rendered diagnostics if it has errors.
    static func rules(_ text: String, file: String = "test.regler") throws -> RuleSet {
        let c = RuleCompiler.compile(source: text, file: file)
        guard let program = c.program else {
            throw CompileFailure(text: c.renderedDiagnostics())
        }
        return RuleSet(rules: program.rules, diagnostics: c.diagnostics)
    }

    struct CompileFailure: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }
}
