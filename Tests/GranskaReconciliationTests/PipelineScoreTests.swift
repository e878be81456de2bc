import GranskaCore
import GranskaParsing
import GranskaRules
import GranskaTestSupport
import Testing

@testable import GranskaReconciliation

/// The whole pipeline on the example round — `RoundLoader.load(directory:)` →
/// `RuleEngine.run(RuleSet.standard, on:)` → `Reconciler.reconcile` — scored against the facit:
/// recall and precision ≥ 0.95 for the funds classes and for `dubblett` (from the rules).
@Suite struct PipelineScoreTests {
    struct Pipeline {
        var omgang: Omgang
        var outcome: RuleOutcome
        var result: Reconciliation
    }

    static func run() throws -> Pipeline {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        let result = Reconciler.reconcile(omgang, svar: outcome.svar, rensning: outcome.rensning)
        return Pipeline(omgang: omgang, outcome: outcome, result: result)
    }

    @Test(arguments: ["overrapportering", "underrapportering", "avrundning", "tusental", "dubblett"])
    func scoresAgainstTheFacit(feltyp: String) throws {
        let p = try Self.run()
        let facit = try Facit.load(Fixtures.facit)
        let score = facit.score(p.outcome.findings + p.result.findings, feltyp: feltyp)
        #expect(score.planted > 0)
        #expect(score.recall >= 0.95, "\(score)")
        #expect(score.precision >= 0.95, "\(score)")
    }

    @Test func noSecondEjRekvireratFinding() throws {
        let p = try Self.run()
        let facit = try Facit.load(Fixtures.facit)
        let score = facit.score(p.outcome.findings + p.result.findings, feltyp: "ej_rekvirerat")
        #expect(score.recall == 1 && score.precision == 1, "\(score)")
        #expect(!p.result.findings.contains { $0.feltyp == "ej_rekvirerat" })
    }

    @Test func agreesWithTheContractBuiltCleaning() throws {
        let p = try Self.run()
        let own = try ExampleRoundTests.load()
        #expect(p.result.avstamningar.map(\.klass) == own.result.avstamningar.map(\.klass))
        #expect(p.result.avstamningar.map(\.S) == own.result.avstamningar.map(\.S))
        #expect(Set(p.outcome.rensning.strukna.keys) == Set(own.rensning.strukna.keys))
        #expect(Set(p.outcome.rensning.uteslutna.keys) == Set(own.rensning.uteslutna.keys))
        #expect(AuditAccounting.problems(omgang: p.omgang, reconciliation: p.result).isEmpty)
    }
}
