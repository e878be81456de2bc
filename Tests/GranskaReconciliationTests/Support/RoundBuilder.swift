import GranskaCore
import GranskaReconciliation

/// Builds small hand-made rounds for the reconciliation tests, shaped like the example: one
/// region enkät `R-BU` and one kommun enkät `K-KUN`, the real registers, rows in `svar.csv` from
/// line 2 on.
struct RoundBuilder {
    var enkater: [Enkat] = [
        Enkat(
            id: "R-BU", population: .region, omrade: "Barn och unga", referensar: 2024,
            sistaSvarsdag: Datum(iso: "2025-03-14"), insamlingStart: nil, insamlingSlut: nil, paminnelser: 2,
            location: SourceLocation(file: "omgang.csv", line: 2)),
        Enkat(
            id: "K-KUN", population: .kommun, omrade: "Kunskapsbaserad vård", referensar: 2024,
            sistaSvarsdag: Datum(iso: "2025-03-14"), insamlingStart: nil, insamlingSlut: nil, paminnelser: 2,
            location: SourceLocation(file: "omgang.csv", line: 3)),
    ]
    var insatser: [Insats] = []
    var rekvisitioner: [Rekvisition] = []
    var rensning = Rensning()

    /// Kammarkollegiet's row for a pair.
    mutating func rekvisition(_ enkat: String, _ respondent: String, rekvirerat: Kronor, aterbetalt: Kronor = 0) {
        rekvisitioner.append(Rekvisition(
            enkat: enkat, respondent: respondent, fordelat: rekvirerat, rekvirerat: rekvirerat, aterbetalt: aterbetalt,
            location: SourceLocation(file: "rekvisitioner.csv", line: rekvisitioner.count + 2)))
    }

    /// One row of `svar.csv`; returns its index into `insatser`.
    @discardableResult
    mutating func insats(
        _ enkat: String, _ respondent: String, nr: Int?, _ medel: Belopp, titel: String = "Insats",
        inskickad: String = "2025-03-01T10:00"
    ) -> Int {
        let n = nr ?? 0
        insatser.append(Insats(
            enkat: enkat, respondent: respondent, inskickad: Tidpunkt(iso: inskickad), inskickadText: inskickad,
            insatsNr: nr, insatsNrText: nr.map(String.init) ?? "x", titel: "\(titel) \(n)",
            aktiviteter: "Aktiviteter", mal: "", prestationer: "", effekter: "", status: "genomförd", malgrupp: "vuxna",
            medel: medel, location: SourceLocation(file: "svar.csv", line: insatser.count + 2)))
        return insatser.count - 1
    }

    /// Rows with plain-digit amounts numbered 1…n; returns their indices.
    @discardableResult
    mutating func answer(
        _ enkat: String, _ respondent: String, _ amounts: [Kronor], inskickad: String = "2025-03-01T10:00"
    ) -> [Int] {
        amounts.enumerated().map { i, x in insats(enkat, respondent, nr: i + 1, .digits(x), inskickad: inskickad) }
    }

    var omgang: Omgang {
        Omgang(directory: "test", enkater: enkater, insatser: insatser, rekvisitioner: rekvisitioner)
    }

    /// Reconciles with the grouping of ``Omgang/svar()``.
    func run(_ settings: ReconciliationSettings = .contractDefaults) -> Run {
        let o = omgang
        let s = o.svar()
        return Run(omgang: o, svar: s, result: Reconciler.reconcile(o, svar: s, rensning: rensning, settings: settings))
    }

    struct Run {
        var omgang: Omgang
        var svar: [Svar]
        var result: Reconciliation

        /// The reconciliation of one pair; fails the test when missing.
        func pair(_ enkat: String, _ respondent: String) -> Avstamning? {
            result.avstamning(SvarKey(enkat: enkat, respondent: respondent))
        }

        /// The reconciliation's findings about one pair.
        func findings(_ enkat: String, _ respondent: String) -> [Finding] {
            result.findings.filter { $0.enkat == enkat && $0.respondent == respondent }
        }
    }
}

extension Belopp {
    /// Plain digits as typed.
    static func digits(_ k: Kronor) -> Belopp { Belopp(text: String(k), kronor: k, tolkning: .siffror) }
    /// Text that reads unambiguously.
    static func text(_ t: String, _ k: Kronor) -> Belopp { Belopp(text: t, kronor: k, tolkning: .text) }
    /// Text that does not read.
    static func unreadable(_ t: String) -> Belopp { Belopp(text: t, kronor: nil, tolkning: .olaslig) }
    /// An empty cell.
    static let empty = Belopp(text: "", kronor: nil, tolkning: .tom)
}
