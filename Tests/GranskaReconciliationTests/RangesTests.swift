import GranskaCore
import GranskaParsing
import GranskaRules
import GranskaTestSupport
import Testing

@testable import GranskaReconciliation

/// The reconciliation is done over ranges of answers on several cores: the result must not
/// depend on how the answers are split (ranges of 1, 7 and 100 answers against one range).
@Suite struct RangesTests {
    @Test(arguments: [ReconciliationSettings.Level.perRespondent, .perEnkat])
    func splittingTheAnswersChangesNothing(level: ReconciliationSettings.Level) throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        var settings = ReconciliationSettings.contractDefaults
        settings.level = level
        let whole = Reconciler.reconcile(
            omgang, svar: outcome.svar, rensning: outcome.rensning, settings: settings, answersPerChunk: Int.max)
        #expect(whole.avstamningar.count > 300)
        for size in [1, 7, 100] {
            let split = Reconciler.reconcile(
                omgang, svar: outcome.svar, rensning: outcome.rensning, settings: settings, answersPerChunk: size)
            #expect(split == whole, "ranges of \(size)")
        }
    }
}
