import GranskaCore
import Testing

@testable import GranskaReconciliation

@Suite struct AuditTrailTests {
    let run = Scenario.builder.run()

    private func entries(_ respondent: String, enkat: String = "R-BU") -> [AuditEntry] {
        run.result.audit.entries.filter { $0.enkat == enkat && $0.respondent == respondent }
    }

    private func kinds(_ respondent: String, enkat: String = "R-BU") -> [String] {
        entries(respondent, enkat: enkat).map(\.atgard.rawValue)
    }

    @Test func accountsForEveryDifferenceBetweenInputAndCleanedData() {
        let problems = AuditAccounting.problems(omgang: run.omgang, reconciliation: run.result)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theAccountingCheckCatchesAMissingEntry() {
        // The check itself must be able to fail: drop each kind of entry in turn.
        for atgard in [AuditAtgard.lastFranText, .teckenrattad, .tusentalsrattad, .struken, .utesluten, .viktad,
                       .ersattInskickning, .svarUtesluten, .ejLasbart] {
            var broken = run.result
            broken.audit.entries.removeAll { $0.atgard == atgard }
            #expect(!AuditAccounting.problems(omgang: run.omgang, reconciliation: broken).isEmpty, "\(atgard)")
        }
    }

    @Test func recordsEachKindOfChangeWhereItHappened() throws {
        #expect(kinds("01") == ["viktad", "tusentalsrättad", "viktad"])
        let tkr = try #require(entries("01").first { $0.atgard == .tusentalsrattad })
        #expect(tkr.fore == "1455" && tkr.efter == "1455000" && tkr.insatsNr == 2 && tkr.line == 3)
        #expect(tkr.regel == "avst.tusental" && tkr.falt == "medel")
        #expect(kinds("07") == ["tusentalsrättad", "viktad", "tusentalsrättad", "viktad"])
        #expect(kinds("08") == ["läst_från_text", "viktad", "teckenrättad", "viktad"])
        let text = try #require(entries("08").first)
        #expect(text.fore == "1 250 tkr" && text.efter == "1250000")
        let sign = try #require(entries("08").first { $0.atgard == .teckenrattad })
        #expect(sign.fore == "-750000" && sign.efter == "750000")
        #expect(kinds("09") == ["viktad", "struken", "utesluten"])
        #expect(entries("09")[1].regel == "std.dubblett" && entries("09")[2].regel == "std.ofullstandig")
        #expect(kinds("10") == ["ersatt_inskickning", "ersatt_inskickning", "viktad"])
        #expect(kinds("04") == ["viktad", "ej_läsbart"])
        #expect(kinds("17") == ["svar_utesluten"])
        #expect(entries("17")[0].regel == "lokal.sen" && entries("17")[0].insatsNr == nil)
        #expect(kinds("18") == ["svar_utesluten"])
        #expect(entries("18")[0].regel == "avst.ej_rekvirerat")
        #expect(kinds("99") == ["svar_utesluten"])
        #expect(entries("99")[0].regel == "avst.okand_respondent")
        #expect(entries("99")[0].orsak.contains("finns inte bland regioner"))
        #expect(kinds("01", enkat: "X-YZ") == ["svar_utesluten"])
        #expect(entries("01", enkat: "X-YZ")[0].orsak.contains("finns inte i omgang.csv"))
        // Nothing changed for an exact answer except the (identity) weights.
        #expect(kinds("03") == ["viktad", "viktad"])
        #expect(entries("03").allSatisfy { $0.fore == $0.efter })
    }

    @Test func ejRekvireratSetAsideByTheRulesIsRecordedOnce() {
        var b = Scenario.builder
        b.rensning.uteslutnaSvar[SvarKey(enkat: "R-BU", respondent: "18")] = "std.ej_rekvirerat"
        let r = b.run().result
        let e = r.audit.entries.filter { $0.respondent == "18" }
        #expect(e.map(\.regel) == ["std.ej_rekvirerat"])
        #expect(r.findings.allSatisfy { $0.respondent != "18" })
    }

    @Test func csvAndJSONCarryEveryEntry() throws {
        let audit = run.result.audit
        let rows = audit.csvRows()
        #expect(rows.first == AuditTrail.csvHeader)
        #expect(rows.count == audit.entries.count + 1)
        #expect(rows.allSatisfy { $0.count == AuditTrail.csvHeader.count })
        #expect(rows[1] == [
            "viktad", "svar.csv", "2", "R-BU", "01", "1", "medel", "112689167", "112688867", "avst.viktning",
            audit.entries[0].orsak,
        ])
        guard case .object(let top) = audit.json(), case .array(let poster)? = top["poster"] else {
            Issue.record("no poster array")
            return
        }
        #expect(top["niva"] == .string("per_respondent"))
        #expect(poster.count == audit.entries.count)
        #expect(audit.json().serialized().contains("\"atgard\": \"tusentalsrättad\""))
        let counts = audit.counts(enkat: "R-BU")
        #expect(counts[.tusentalsrattad] == 3 && counts[.ersattInskickning] == 2 && counts[.struken] == 1)
        #expect(audit.counts()[.svarUtesluten] == 5)
    }
}
