import GranskaCore
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaReconciliation

/// The reconciliation of the embedded example round, with the cleaning written from the contract
/// (``ContractRensning``), so these tests do not depend on the rules engine.
@Suite struct ExampleRoundTests {
    struct Loaded {
        var omgang: Omgang
        var svar: [Svar]
        var rensning: Rensning
        var dubbletter: [Finding]
        var result: Reconciliation
    }

    static func load(_ settings: ReconciliationSettings = .contractDefaults) throws -> Loaded {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let svar = omgang.svar()
        let (rensning, dubbletter) = ContractRensning.make(omgang, svar: svar)
        let result = Reconciler.reconcile(omgang, svar: svar, rensning: rensning, settings: settings)
        return Loaded(omgang: omgang, svar: svar, rensning: rensning, dubbletter: dubbletter, result: result)
    }

    @Test(arguments: ["overrapportering", "underrapportering", "avrundning", "tusental", "dubblett"])
    func scoresAgainstTheFacit(feltyp: String) throws {
        let run = try Self.load()
        let facit = try Facit.load(Fixtures.facit)
        let score = facit.score(run.result.findings + run.dubbletter, feltyp: feltyp)
        #expect(score.planted > 0)
        #expect(score.recall >= 0.95, "\(score)")
        #expect(score.precision >= 0.95, "\(score)")
    }

    @Test func tusentalFindingsNameTheInsatsTheFacitNames() throws {
        let run = try Self.load()
        let facit = try Facit.load(Fixtures.facit)
        for row in facit.rows where row.feltyp == "tusental" {
            let finding = run.result.findings.first {
                $0.feltyp == "tusental" && $0.enkat == row.enkat && $0.respondent == row.respondent
            }
            #expect(finding?.insatsNr == row.insatsNr, "\(row)")
        }
        let one = try #require(run.result.avstamning(SvarKey(enkat: "R-BU", respondent: "01")))
        #expect(one.S == 112_690_622 && one.T == 114_143_863 && one.klass == .tusental && one.tusentalInsatsNr == 9)
        let f = try #require(run.result.findings.first { $0.enkat == "R-BU" && $0.respondent == "01" })
        #expect(f.meddelande.contains("S = 112 690 622 kr, T = 114 143 863 kr"))
    }

    @Test func eachReweightedAnswerSumsToT() throws {
        let run = try Self.load()
        #expect(run.result.avstamningar.count == 376)
        var weighted = 0
        for a in run.result.avstamningar where a.ejViktadOrsak == nil {
            weighted += 1
            #expect(a.viktatSumma == a.T, "\(a.key)")
            #expect(a.J == Fraction(a.T ?? 0, a.sUsable))
        }
        #expect(weighted > 350)
        // Every answer that is not reweighted says why.
        for a in run.result.avstamningar where a.J == nil {
            #expect(a.ejViktadOrsak?.isEmpty == false, "\(a.key)")
        }
        // The summary adds up.
        for s in run.result.sammanfattning {
            let members = run.result.avstamningar.filter { $0.enkat == s.enkat }
            #expect(s.antalSvar == members.count)
            #expect(Klass.allCases.map(s.antal).reduce(0, +) == members.count)
            #expect(s.summaViktat + s.summaTEjFordelad == s.summaT, "\(s.enkat)")
        }
    }

    @Test func theAuditTrailAccountsForEveryDifference() throws {
        let run = try Self.load()
        let problems = AuditAccounting.problems(omgang: run.omgang, reconciliation: run.result)
        #expect(problems.isEmpty, "\(problems.prefix(20))")
        let counts = run.result.audit.counts()
        #expect(counts[.lastFranText, default: 0] > 0)
        #expect(counts[.teckenrattad, default: 0] > 0)
        #expect(counts[.tusentalsrattad, default: 0] > 0)
        #expect(counts[.struken, default: 0] > 0)
        #expect(counts[.utesluten, default: 0] > 0)
        #expect(counts[.ersattInskickning, default: 0] > 0)
        #expect(counts[.svarUtesluten, default: 0] > 0)
        #expect(counts[.ejLasbart, default: 0] > 0)
    }

    @Test func perEnkatLevelDistributesEachEnkatsT() throws {
        var settings = ReconciliationSettings.contractDefaults
        settings.level = .perEnkat
        let run = try Self.load(settings)
        for s in run.result.sammanfattning where s.antalSvar > 0 {
            #expect(s.summaViktat == s.summaT, "\(s.enkat)")
            #expect(s.jMin == s.jMax)
        }
        #expect(AuditAccounting.problems(omgang: run.omgang, reconciliation: run.result).isEmpty)
    }
}
