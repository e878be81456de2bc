import Foundation
import GranskaCore
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaRules

/// Scores the standard rules on the example round against its answer key, by the contract's
/// matching rule: insats-level types match on (enkat, respondent, insats_nr), the others on
/// (enkat, respondent).
@Suite struct FacitScoreTests {
    struct Key: Hashable, CustomStringConvertible {
        var feltyp: String
        var enkat: String
        var respondent: String
        var insatsNr: Int?
        var description: String { "\(feltyp) \(enkat)/\(respondent)\(insatsNr.map { "#\($0)" } ?? "")" }
    }

    struct Planted {
        var key: Key
        var detalj: String
    }

    static func key(feltyp: String, enkat: String, respondent: String, insatsNr: Int?) -> Key {
        let insatsLevel = Feltyp(rawValue: feltyp)?.isInsatsLevel ?? false
        return Key(feltyp: feltyp, enkat: enkat, respondent: respondent, insatsNr: insatsLevel ? insatsNr : nil)
    }

    static func facit() throws -> [Planted] {
        try Facit.load(Fixtures.facit).rows.map { row in
            Planted(
                key: key(feltyp: row.feltyp, enkat: row.enkat, respondent: row.respondent, insatsNr: row.insatsNr),
                detalj: row.detalj)
        }
    }

    static let outcome: Result<RuleOutcome, any Error> = Result {
        let round = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        return RuleEngine.run(.standard, on: round)
    }

    static let ruleIDs = RuleSet.standard.rules.map(\.id)

    /// Every standard rule: recall 1.0 on its feltyp's planted defects (for the two `format`
    /// rules: the unreadable ones and the ones read as text), precision ≥ 0.95.
    @Test(arguments: ruleIDs)
    func ruleFindsEveryPlantedDefect(_ id: String) throws {
        let outcome = try Self.outcome.get()
        let rule = try #require(RuleSet.standard.rules.first { $0.id == id })
        let feltyp = try #require(rule.feltyp)
        var planted = try Self.facit().filter { $0.key.feltyp == feltyp }
        if feltyp == "format" {
            // The key marks unreadable amounts with "oläsligt:"; the error rule finds those, the
            // info rule the rest.
            let unreadable = rule.allvarlighet == .fel
            planted = planted.filter { $0.detalj.hasPrefix("oläsligt") == unreadable }
        }
        let expected = Set(planted.map(\.key))
        let found = outcome.findings.filter { $0.regel == id }.map {
            Self.key(feltyp: feltyp, enkat: $0.enkat ?? "", respondent: $0.respondent ?? "", insatsNr: $0.insatsNr)
        }
        let foundSet = Set(found)
        #expect(!expected.isEmpty, "the key plants no \(feltyp)")
        let missed = expected.subtracting(foundSet)
        let extra = foundSet.subtracting(expected)
        let recall = Double(expected.count - missed.count) / Double(max(1, expected.count))
        let precision = Double(foundSet.count - extra.count) / Double(max(1, foundSet.count))
        #expect(missed.isEmpty, "\(id): recall \(recall), missed \(missed.sorted { $0.description < $1.description })")
        #expect(precision >= 0.95, "\(id): precision \(precision), extra \(extra.sorted { $0.description < $1.description })")
        #expect(found.count == foundSet.count, "\(id) reports a defect twice")
    }

    /// The rule-set statistics agree with the findings.
    @Test func ruleStatsCountTheFindings() throws {
        let outcome = try Self.outcome.get()
        for stats in outcome.ruleStats {
            #expect(stats.flagged == outcome.findings.filter { $0.regel == stats.id }.count)
            #expect(stats.evaluated >= stats.flagged)
            #expect(stats.file == "Rules/standard.regler")
        }
        #expect(outcome.ruleStats.map(\.id) == Self.ruleIDs)
    }
}
