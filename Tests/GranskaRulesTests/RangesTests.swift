import GranskaCore
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaRules

/// Insats and svar rules run over ranges of answers on several cores: findings, cleaning and
/// statistics must not depend on how the answers are split.
@Suite struct RangesTests {
    @Test func splittingTheAnswersChangesNothing() throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let whole = RuleEngine.run(RuleSet.standard, on: omgang, fieldLocation: nil, answersPerChunk: Int.max)
        #expect(whole.findings.count > 100)
        for size in [1, 7, 100] {
            let split = RuleEngine.run(RuleSet.standard, on: omgang, fieldLocation: nil, answersPerChunk: size)
            #expect(split.findings == whole.findings, "ranges of \(size)")
            #expect(split.rensning == whole.rensning, "ranges of \(size)")
            #expect(split.ruleStats == whole.ruleStats, "ranges of \(size)")
            #expect(split.svar == whole.svar)
        }
    }
}
