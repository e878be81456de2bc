import GranskaCore
import Testing

@testable import GranskaRules

@Suite struct SmokeTests {
    @Test func standardRulesCompileWithoutDiagnostics() {
        #expect(RuleSet.standard.diagnostics.isEmpty, "\(RuleSet.standard.diagnostics)")
        #expect(RuleSet.standard.rules.count == 9)
    }

    @Test func standardRulesFlagAHandBuiltRound() {
        let round = TestRound.omgang([
            TestRound.insats("K", "0114", nr: 1, line: 2, titel: ""),
            TestRound.insats("K", "0114", nr: 2, line: 3, medel: TestRound.belopp("-500")),
            TestRound.insats("K", "0114", nr: 3, line: 4, titel: "Insats", medel: TestRound.belopp("1000")),
            TestRound.insats("K", "0114", nr: 4, line: 5, titel: " Insats ", medel: TestRound.belopp("1000")),
            TestRound.insats("K", "9999", nr: 1, line: 6),
        ])
        let outcome = RuleEngine.run(.standard, on: round)
        let got = outcome.findings.map { "\($0.regel) \($0.respondent ?? "-") \($0.insatsNr.map(String.init) ?? "-")" }
        #expect(
            got == [
                "std.ofullstandig 0114 1", "std.negativt 0114 2", "std.dubblett 0114 4", "std.okand_respondent 9999 -",
            ])
    }
}
