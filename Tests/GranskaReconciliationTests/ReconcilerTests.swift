import GranskaCore
import Testing

@testable import GranskaReconciliation

@Suite struct ReconcilerTests {
    let run = Scenario.builder.run()

    @Test func everyRegisteredAnswerGetsExactlyOneKlass() throws {
        let got = run.result.avstamningar.map { "\($0.enkat)/\($0.respondent)=\($0.klass.rawValue)" }
        let expected = Scenario.klasser.map { "\($0.0)/\($0.1)=\($0.2.rawValue)" }
        #expect(got == expected)
        // Unknown codes and unknown enkäter are not reconciled.
        #expect(run.pair("R-BU", "99") == nil)
        #expect(run.pair("X-YZ", "01") == nil)
    }

    @Test func sumsFollowTheContract() throws {
        // Duplicates out of S, incomplete insatser in S.
        let dup = try #require(run.pair("R-BU", "09"))
        #expect(dup.S == 800_000 && dup.n == 2 && dup.sUsable == 500_000)
        #expect(dup.insatser.map(\.insatsNr) == [1, 3])
        // Text read and sign corrected.
        let text = try #require(run.pair("R-BU", "08"))
        #expect(text.S == 2_000_000 && text.insatser.map(\.medel) == [1_250_000, 750_000])
        // The later submission counts.
        let twice = try #require(run.pair("R-BU", "10"))
        #expect(twice.S == 2_000_000 && twice.n == 1)
        // Unreadable amounts are not in S or n.
        let unreadable = try #require(run.pair("R-BU", "04"))
        #expect(unreadable.S == 5_000_000 && unreadable.n == 1)
        #expect(unreadable.insatser[1].medel == nil && !unreadable.insatser[1].usable)
        // An answer set aside still has its amounts in S.
        let late = try #require(run.pair("R-BU", "17"))
        #expect(late.S == 1_000_000 && late.insatser.allSatisfy { !$0.usable })
        // T = rekvirerat − återbetalt; no rekvisition: no T.
        #expect(run.pair("R-BU", "05")?.T == 0)
        #expect(run.pair("R-BU", "18")?.T == nil)
        #expect(run.pair("K-KUN", "0115")?.T == 0)
    }

    @Test func tusentalCorrectsBeforeReweighting() throws {
        let one = try #require(run.pair("R-BU", "01"))
        #expect(one.S == 112_690_622 && one.T == 114_143_863)
        #expect(one.tusentalInsatsNr == 2 && one.tusentalInsats == 1)
        #expect(one.insatser.map(\.korrigerat) == [112_689_167, 1_455_000])
        #expect(one.sUsable == 114_144_167)
        #expect(one.J == Fraction(114_143_863, 114_144_167))
        #expect(one.J?.description == "114143863/114144167")
        #expect(one.insatser.compactMap(\.viktat).reduce(0, +) == 114_143_863)

        let all = try #require(run.pair("R-BU", "07"))
        #expect(all.tusentalInsatsNr == nil && all.tusentalInsats == nil)
        #expect(all.insatser.map(\.korrigerat) == [3_000_000, 1_005_000])
        #expect(all.insatser.compactMap(\.viktat).reduce(0, +) == 4_004_990)
    }

    @Test func reweightedAnswersSumToTExactly() throws {
        for a in run.result.avstamningar where a.ejViktadOrsak == nil {
            let t = try #require(a.T)
            #expect(a.viktatSumma == t, "\(a.key)")
            #expect(a.J == Fraction(t, a.sUsable))
            for insats in a.insatser {
                #expect((insats.viktat != nil) == insats.usable, "\(a.key) insats \(insats.insatsNr ?? -1)")
            }
        }
        // Incomplete insatser are left out: the usable one takes all of T.
        let dup = try #require(run.pair("R-BU", "09"))
        #expect(dup.insatser.map(\.viktat) == [800_000, nil])
        #expect(dup.J?.decimal(6) == "1.600000")
        // S = T: unchanged.
        #expect(run.pair("R-BU", "03")?.insatser.map(\.viktat) == [10_000_000, 12_147_068])
    }

    @Test(arguments: [
        ("R-BU", "05", "T = 0 kr"),
        ("R-BU", "17", "lokal.sen"),
        ("R-BU", "18", "inte rekvirerat"),
        ("R-BU", "13", "S_användbar = 0"),
        ("R-BU", "14", "S_användbar = 0"),
        ("K-KUN", "0115", "inte rekvirerat"),
    ])
    func answersThatCannotBeReweightedSayWhy(enkat: String, respondent: String, reason: String) throws {
        let a = try #require(run.pair(enkat, respondent))
        let why = try #require(a.ejViktadOrsak)
        #expect(why.contains(reason))
        #expect(a.J == nil)
        #expect(a.insatser.allSatisfy { $0.viktat == nil })
    }

    @Test func findingsForEveryKlassButExaktAndEjRekvirerat() throws {
        let findings = run.result.findings
        let keys = Set(findings.map { "\($0.enkat ?? "")/\($0.respondent ?? "")" })
        let expected = Set(Scenario.klasser.filter { $0.2 != .exakt && $0.2 != .ejRekvirerat }.map { "\($0.0)/\($0.1)" })
        #expect(keys == expected)
        #expect(findings.count == expected.count)
        #expect(!findings.contains { $0.feltyp == "ej_rekvirerat" })
        for f in findings {
            let a = try #require(run.pair(f.enkat ?? "", f.respondent ?? ""))
            #expect(f.feltyp == a.klass.rawValue)
            #expect(f.regel == "avst.\(a.klass.rawValue)")
            #expect(f.allvarlighet == (a.klass == .avrundning ? .info : .varning))
            #expect(f.location == a.location)
            #expect(f.insatsNr == a.tusentalInsatsNr)
        }
        let one = try #require(run.findings("R-BU", "01").first)
        #expect(one.insatsNr == 2)
        #expect(one.location == SourceLocation(file: "svar.csv", line: 2))
        #expect(one.meddelande.contains("S = 112 690 622 kr, T = 114 143 863 kr"))
        #expect(one.meddelande.hasPrefix("Insats 2 "))
        #expect(run.findings("R-BU", "07").first?.insatsNr == nil)
        #expect(run.findings("R-BU", "06").first?.meddelande.contains("100 000") == true)
        #expect(run.findings("R-BU", "14").first?.meddelande.contains("Inget läsbart belopp") == true)
        #expect(run.findings("R-BU", "05").first?.meddelande.contains("återbetalats") == true)
        #expect(run.findings("K-KUN", "0114").first?.meddelande
            == "Redovisade medel överstiger rekvirerade med 19 050 kr: S = 343 145 kr, T = 324 095 kr.")
    }

    @Test func locationIsTheFirstRowOfTheCountingSubmission() throws {
        let twice = try #require(run.pair("R-BU", "10"))
        let firstCounting = run.omgang.insatser.firstIndex { $0.respondent == "10" && $0.inskickadText.hasPrefix("2025-03") }
        #expect(twice.location == run.omgang.insatser[try #require(firstCounting)].location)
    }

    @Test func summaryPerEnkat() throws {
        let s = try #require(run.result.sammanfattning(enkat: "R-BU"))
        #expect(run.result.sammanfattning.map(\.enkat) == ["R-BU", "K-KUN"])
        #expect(s.antalSvar == 13)
        #expect(s.antal(.exakt) == 5 && s.antal(.tusental) == 2 && s.antal(.avrundning) == 1)
        #expect(s.antal(.overrapportering) == 1 && s.antal(.underrapportering) == 3 && s.antal(.ejRekvirerat) == 1)
        let inPopulation = run.result.avstamningar.filter { $0.enkat == "R-BU" && $0.klass != .ejRekvirerat }
        #expect(s.summaT == inPopulation.compactMap(\.T).reduce(0, +))
        #expect(s.summaS == inPopulation.map(\.S).reduce(0, +))
        let weighted = inPopulation.filter { $0.ejViktadOrsak == nil }
        #expect(s.summaViktat == weighted.compactMap(\.T).reduce(0, +))
        #expect(s.antalEjViktade == 4)
        #expect(s.summaTEjFordelad == 0 + 1_500_000 + 400_000 + 100_000)
        #expect(s.antalTusentalsrattade == 3)
        let factors = weighted.compactMap(\.J).sorted()
        #expect(s.jMin == factors.first && s.jMax == factors.last)
        #expect(s.jMedian == factors[(factors.count - 1) / 2])
        #expect(s.jMax == Fraction(17_265_702, 5_000_000))
    }

    @Test func perEnkatLevelHasOneJPerEnkat() throws {
        var settings = ReconciliationSettings.contractDefaults
        settings.level = .perEnkat
        let r = Scenario.builder.run(settings).result
        #expect(r.level == .perEnkat && r.audit.level == .perEnkat)
        let members = r.avstamningar.filter { $0.enkat == "R-BU" && $0.klass != .ejRekvirerat }
        let tSum = members.compactMap(\.T).reduce(0, +)
        let sSum = members.map(\.sUsable).reduce(0, +)
        let j = try #require(Fraction(tSum, sSum))
        #expect(members.map(\.viktatSumma).reduce(0, +) == tSum)
        for a in members {
            if a.insatser.contains(where: \.usable) {
                #expect(a.J == j && a.ejViktadOrsak == nil, "\(a.key)")
            } else {
                #expect(a.J == nil && a.ejViktadOrsak?.contains("övriga svar") == true, "\(a.key)")
            }
        }
        let s = try #require(r.sammanfattning(enkat: "R-BU"))
        #expect(s.jMin == j && s.jMedian == j && s.jMax == j)
        #expect(s.summaViktat == tSum && s.summaTEjFordelad == 0)
        // The klass and the findings do not depend on the level.
        #expect(r.avstamningar.map(\.klass) == run.result.avstamningar.map(\.klass))
        #expect(r.findings == run.result.findings)
        #expect(AuditAccounting.problems(omgang: run.omgang, reconciliation: r).isEmpty)
    }

    @Test func anEnkatWithNothingToDistributeSaysWhy() throws {
        var b = RoundBuilder()
        b.rekvisition("R-BU", "01", rekvirerat: 500, aterbetalt: 500)
        b.answer("R-BU", "01", [0])
        b.rekvisition("R-BU", "03", rekvirerat: 1_000)
        b.insats("R-BU", "03", nr: 1, .unreadable("?"))
        var settings = ReconciliationSettings.contractDefaults
        settings.level = .perEnkat
        let r = b.run(settings).result
        #expect(r.avstamningar.allSatisfy { $0.ejViktadOrsak?.hasPrefix("Enkäten har inga användbara belopp") == true })
        #expect(r.avstamningar.allSatisfy { $0.J == nil && $0.viktatSumma == 0 })
        #expect(r.sammanfattning(enkat: "R-BU")?.summaTEjFordelad == 1_000)
    }

    @Test func theResultDoesNotDependOnRowOrder() throws {
        var b = Scenario.builder
        let original = b.run().result
        // Reverse the rows (and move the rensning's indices along).
        let n = b.insatser.count
        b.insatser.reverse()
        var rensning = Rensning()
        for (i, r) in b.rensning.strukna { rensning.strukna[n - 1 - i] = r }
        for (i, r) in b.rensning.uteslutna { rensning.uteslutna[n - 1 - i] = r }
        rensning.uteslutnaSvar = b.rensning.uteslutnaSvar
        b.rensning = rensning
        let reversed = b.run().result
        #expect(reversed.avstamningar.map(\.klass) == original.avstamningar.map(\.klass))
        for (x, y) in zip(original.avstamningar, reversed.avstamningar) {
            #expect(x.J == y.J)
            let xs = x.insatser.map { "\($0.location.line):\($0.viktat ?? -1)" }.sorted()
            let ys = y.insatser.map { "\($0.location.line):\($0.viktat ?? -1)" }.sorted()
            #expect(xs == ys, "\(x.key)")
        }
    }

    @Test func outputsAreDeterministicAndComplete() throws {
        let again = Scenario.builder.run().result
        #expect(again == run.result)
        let json = run.result.json()
        #expect(json.serialized() == again.json().serialized())
        guard case .object(let top) = json, case .array(let items)? = top["avstamning"] else {
            Issue.record("no avstamning array")
            return
        }
        #expect(items.count == run.result.avstamningar.count)
        #expect(top["niva"] == .string("per_respondent"))
        let text = json.serialized()
        #expect(text.contains("\"kvot\": \"114143863/114144167\""))
        #expect(text.contains("\"decimal\": \"0.999997\""))
        let csv = run.result.csvRows()
        #expect(csv.first == Reconciliation.csvHeader)
        #expect(csv.count == run.result.avstamningar.count + 1)
        #expect(csv.allSatisfy { $0.count == Reconciliation.csvHeader.count })
    }
}
