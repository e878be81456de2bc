import GranskaCore
import Testing

@testable import GranskaRules

/// The evaluator on a small hand-built round (see ``TestRound``):
///
/// - K/0114, in the survey population, submitted twice; the later (counting) submission is late
///   (2025-03-20, last day 2025-03-14) and has six insatser: 1 "A" 200 kr, 2 "B" with an empty
///   amount, 3 " A " 200 kr (a duplicate of 1 after trimming), 4 "C" -50, 5 "D" "se bilaga"
///   (unreadable), 6 "E" "1 250 kr" (read from text);
/// - K/0115, in the population: 1 "X" 300 000, 2 "Y" 1 000;
/// - K/0117, in the register but rekvirerat 0: 1 "Z" 500;
/// - K/9999, not in the register: 1 "Q" 10;
/// - L/01, in the population, late (2025-04-02, last day 2025-03-31): 1 "L1" 9 000 000;
/// - L/03, in the register without a rekvisition: 1 "L3" 5.
@Suite struct EvaluatorTests {
    static let round: Omgang = {
        let early = "2025-03-01T10:00"
        let late = "2025-03-20T09:00"
        typealias R = TestRound
        return R.omgang([
            R.insats("K", "0114", nr: 1, line: 2, inskickad: early, titel: "A", medel: R.belopp("100")),
            R.insats("K", "0114", nr: 1, line: 3, inskickad: late, titel: "A", medel: R.belopp("200")),
            R.insats("K", "0114", nr: 2, line: 4, inskickad: late, titel: "B", medel: R.belopp("")),
            R.insats("K", "0114", nr: 3, line: 5, inskickad: late, titel: " A ", medel: R.belopp("200")),
            R.insats("K", "0114", nr: 4, line: 6, inskickad: late, titel: "C", medel: R.belopp("-50")),
            R.insats("K", "0114", nr: 5, line: 7, inskickad: late, titel: "D", medel: R.belopp("se bilaga")),
            R.insats(
                "K", "0114", nr: 6, line: 8, inskickad: late, titel: "E", mal: "Mål",
                medel: R.belopp("1 250 kr", 1250, .text)),
            R.insats("K", "0115", nr: 1, line: 9, titel: "X", medel: R.belopp("300000")),
            R.insats("K", "0115", nr: 2, line: 10, titel: "Y", medel: R.belopp("1000")),
            R.insats("K", "0117", nr: 1, line: 11, titel: "Z", medel: R.belopp("500")),
            R.insats("K", "9999", nr: 1, line: 12, titel: "Q", medel: R.belopp("10")),
            R.insats("L", "01", nr: 1, line: 13, inskickad: "2025-04-02T08:00", titel: "L1", medel: R.belopp("9000000")),
            R.insats("L", "03", nr: 1, line: 14, titel: "L3", medel: R.belopp("5")),
        ])
    }()

    /// What a rule flagged, as `K/0114#3` (insats), `K/0114` (svar), `K` (enkät), `omgång`.
    static func flagged(_ scope: String, _ nar: String, om: String? = nil) throws -> [String] {
        let text = """
            regel t.x
              allvarlighet fel
              gäller       \(scope)
            \(om.map { "  om \($0)\n" } ?? "")  när          \(nar)
              meddelande   "m"
            """
        let outcome = RuleEngine.run(try TestRound.rules(text), on: round)
        return outcome.findings.map { f in
            switch (f.enkat, f.respondent, f.insatsNr) {
            case let (e?, r?, n?): "\(e)/\(r)#\(n)"
            case let (e?, r?, nil): "\(e)/\(r)"
            case let (e?, nil, _): e
            default: "omgång"
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var scope: String
        var nar: String
        var om: String? = nil
        var expected: [String]
        var testDescription: String { "\(scope): \(om.map { "om \($0) " } ?? "")när \(nar)" }
    }

    static let allK0114 = (1...6).map { "K/0114#\($0)" }

    static let cases: [Case] = [
        // Comparisons and missing values
        Case(scope: "insats", nar: "medel < 0", expected: ["K/0114#4"]),
        Case(
            scope: "insats", nar: "medel > 0",
            expected: ["K/0114#1", "K/0114#3", "K/0114#6", "K/0115#1", "K/0115#2", "K/0117#1", "K/9999#1", "L/01#1", "L/03#1"]),
        // A comparison with a missing value is false, so `inte` of it is true: the documented trap.
        Case(scope: "insats", nar: "inte (medel > 0)", expected: ["K/0114#2", "K/0114#4", "K/0114#5"]),
        Case(scope: "insats", nar: "medel <= 0", expected: ["K/0114#4"]),
        Case(scope: "insats", nar: "medel != 200 och medel = medel", expected: ["K/0114#4", "K/0114#6", "K/0115#1", "K/0115#2", "K/0117#1", "K/9999#1", "L/01#1", "L/03#1"]),
        Case(scope: "insats", nar: "saknas(medel)", expected: ["K/0114#2", "K/0114#5"]),
        Case(scope: "insats", nar: "tom(medel_text)", expected: ["K/0114#2"]),
        Case(scope: "insats", nar: "tom(mal) och enkat = \"K\" och respondent = \"0114\"", expected: ["K/0114#1", "K/0114#2", "K/0114#3", "K/0114#4", "K/0114#5"]),
        Case(scope: "insats", nar: "medel_tolkning = \"oläslig\"", expected: ["K/0114#5"]),
        Case(scope: "insats", nar: "medel_tolkning = \"text\" och medel = 1250 kr", expected: ["K/0114#6"]),
        Case(scope: "insats", nar: "medel_nyckel = \"se bilaga\" eller medel_nyckel = \"-50\"", expected: ["K/0114#4", "K/0114#5"]),
        Case(scope: "insats", nar: "insats_nr = 6 eller insats_nr * 2 = 4 och enkat = \"K\"", expected: ["K/0114#2", "K/0114#6", "K/0115#2"]),
        // Arithmetic
        Case(scope: "insats", nar: "-medel + 2 * 100 kr = 0", expected: ["K/0114#1", "K/0114#3"]),
        Case(scope: "insats", nar: "abs(medel) = 50", expected: ["K/0114#4"]),
        Case(scope: "insats", nar: "medel = 9 mkr", expected: ["L/01#1"]),
        Case(scope: "insats", nar: "medel = 300 tkr", expected: ["K/0115#1"]),
        // Overflow makes the value missing: neither `>` nor `<=` holds, `saknas` does.
        Case(scope: "insats", nar: "respondent = \"0115\" och medel * 9223372036854775807 > 0", expected: []),
        Case(scope: "insats", nar: "respondent = \"0115\" och medel * 9223372036854775807 <= 0", expected: []),
        Case(scope: "insats", nar: "respondent = \"0115\" och saknas(medel * 9223372036854775807)", expected: ["K/0115#1", "K/0115#2"]),
        Case(scope: "insats", nar: "respondent = \"0115\" och saknas(9223372036854775807 kr + medel)", expected: ["K/0115#1", "K/0115#2"]),
        // Text functions, membership, patterns
        Case(scope: "insats", nar: "titel i [\"A\", \"B\"]", expected: ["K/0114#1", "K/0114#2"]),
        Case(scope: "insats", nar: "titel inte i [\"A\", \"B\", \"X\", \"Y\", \"Z\", \"Q\", \"L1\", \"L3\"]", expected: ["K/0114#3", "K/0114#4", "K/0114#5", "K/0114#6"]),
        Case(scope: "insats", nar: "trim(titel) = \"A\"", expected: ["K/0114#1", "K/0114#3"]),
        Case(scope: "insats", nar: "längd(titel) > 1", expected: ["K/0114#3", "L/01#1", "L/03#1"]),
        Case(scope: "insats", nar: "gemener(titel) = \"l1\"", expected: ["L/01#1"]),
        Case(scope: "insats", nar: "titel matchar \"^[A-C]$\"", expected: ["K/0114#1", "K/0114#2", "K/0114#4"]),
        Case(scope: "insats", nar: "titel matchar \"(?i)^l\\d$\"", expected: ["L/01#1", "L/03#1"]),
        Case(scope: "insats", nar: "status i [\"genomförd\"] och medel > 5 tkr", expected: ["K/0115#1", "L/01#1"]),
        // Preconditions
        Case(scope: "insats", nar: "medel > 100", om: "i_populationen", expected: ["K/0114#1", "K/0114#3", "K/0114#6", "K/0115#1", "K/0115#2", "L/01#1"]),
        Case(scope: "insats", nar: "sant", om: "inte i_registret", expected: ["K/9999#1"]),
        // Enkät fields from an insats rule
        Case(scope: "insats", nar: "population = \"lan\"", expected: ["L/01#1", "L/03#1"]),
        // Aggregates in insats rules: by default the counting submission
        Case(scope: "insats", nar: "summa(medel) > 1000", expected: allK0114 + ["K/0115#1", "K/0115#2", "L/01#1"]),
        Case(scope: "insats", nar: "antal() över enkät > 9", expected: allK0114 + ["K/0115#1", "K/0115#2", "K/0117#1", "K/9999#1"]),
        Case(scope: "insats", nar: "medel = max(medel) över omgång", expected: ["L/01#1"]),
        Case(scope: "insats", nar: "medel = min(medel) över enkät", expected: ["K/0114#4", "L/03#1"]),
        Case(scope: "insats", nar: "dubblett(trim(titel), medel_nyckel)", expected: ["K/0114#3"]),
        Case(scope: "insats", nar: "dubblett(titel, medel_nyckel)", expected: []),
        // Missing equals missing in a key: #5 (unreadable) repeats #2 (empty) within enkät K.
        Case(scope: "insats", nar: "dubblett(medel) över enkät", expected: ["K/0114#3", "K/0114#5"]),
        Case(scope: "insats", nar: "dubblett(status) över omgång och enkat = \"L\"", expected: ["L/01#1", "L/03#1"]),
        // svar rules
        Case(scope: "svar", nar: "datum(inskickad) > sista_svarsdag", expected: ["K/0114", "L/01"]),
        Case(scope: "svar", nar: "datum(inskickad) - sista_svarsdag > 5", expected: ["K/0114"]),
        Case(scope: "svar", nar: "datum(inskickad) = sista_svarsdag + 6 eller datum(inskickad) = 2 + sista_svarsdag", expected: ["K/0114", "L/01"]),
        Case(scope: "svar", nar: "datum(inskickad) - 6 = sista_svarsdag", expected: ["K/0114"]),
        Case(scope: "svar", nar: "år(inskickad) = 2025 och år(sista_svarsdag) = 2025", expected: ["K/0114", "K/0115", "K/0117", "K/9999", "L/01", "L/03"]),
        Case(scope: "svar", nar: "antal_insatser > 5 och antal_inskickningar = 2", expected: ["K/0114"]),
        Case(scope: "svar", nar: "rekvirerat - aterbetalt = 480 tkr", expected: ["K/0114"]),
        Case(scope: "svar", nar: "saknas(rekvirerat)", expected: ["K/9999", "L/03"]),
        Case(scope: "svar", nar: "fordelat > 0 och rekvirerat = 0", expected: ["K/0117"]),
        Case(scope: "svar", nar: "i_registret och inte i_populationen", expected: ["K/0117", "L/03"]),
        Case(scope: "svar", nar: "folkmangd > 40000", expected: ["K/0114", "K/0117", "L/01", "L/03"]),
        Case(scope: "svar", nar: "min(medel) < 0", expected: ["K/0114"]),
        Case(scope: "svar", nar: "antal(tom(medel_text)) > 0", expected: ["K/0114"]),
        Case(scope: "svar", nar: "antal(medel) = 4", expected: ["K/0114"]),
        Case(scope: "svar", nar: "antal_unika(medel) = 3", expected: ["K/0114"]),
        Case(scope: "svar", nar: "max(medel) över enkät > 1 mkr", expected: ["L/01", "L/03"]),
        Case(scope: "svar", nar: "summa(medel) > rekvirerat", expected: ["K/0115", "K/0117"]),
        Case(scope: "svar", nar: "max(inskickad) > min(inskickad) över enkät", expected: ["K/0114", "L/01"]),
        // enkät rules
        Case(scope: "enkät", nar: "antal_unika(respondent) = 4", expected: ["K"]),
        Case(scope: "enkät", nar: "antal_population = 2 och antal_register = 3", expected: ["K"]),
        Case(scope: "enkät", nar: "sista_svarsdag < 2025-03-20", expected: ["K"]),
        Case(scope: "enkät", nar: "insamling_slut - insamling_start = 100 och paminnelser > 1 och referensar = 2024", expected: ["K", "L"]),
        Case(scope: "enkät", nar: "omrade matchar \"^Barn\"", expected: ["L"]),
        Case(scope: "enkät", nar: "summa(medel) över omgång > summa(medel)", expected: ["K", "L"]),
        // omgång rules
        Case(scope: "omgång", nar: "antal() = 12 och antal_unika(enkat) = 2", expected: ["omgång"]),
        Case(scope: "omgång", nar: "antal() = 13", expected: []),
    ]

    @Test(arguments: cases)
    func evaluates(_ c: Case) throws {
        #expect(try Self.flagged(c.scope, c.nar, om: c.om) == c.expected)
    }

    @Test func messagesFormatTheirPlaceholders() throws {
        let rules = try TestRound.rules(
            """
            regel t.m
              allvarlighet info
              gäller insats
              när respondent = "0114" och insats_nr i [2, 6]
              meddelande "{medel} ({medel_text}, {medel_tolkning}) {inskickad} {sista_svarsdag} {i_registret} saknar {saknade(titel, aktiviteter, mal, medel_text)}; summa {summa(medel)} av {rekvirerat - aterbetalt}, {{ok}} \\"q\\""
            """)
        let messages = RuleEngine.run(rules, on: Self.round).findings.map(\.meddelande)
        #expect(
            messages == [
                "(saknas) (, tom) 2025-03-20T09:00 2025-03-14 sant saknar mål och medel; summa 1 600 kr av 480 000 kr, {ok} \"q\"",
                "1 250 kr (1 250 kr, text) 2025-03-20T09:00 2025-03-14 sant saknar ; summa 1 600 kr av 480 000 kr, {ok} \"q\"",
            ])
    }

    @Test func findingsCarryTheRuleAndTheItem() throws {
        let rules = try TestRound.rules(
            """
            regel egen.sen
              feltyp sen
              allvarlighet varning
              gäller svar
              när datum(inskickad) > sista_svarsdag
              meddelande "sen"

            regel egen.negativ
              feltyp negativt
              allvarlighet info
              gäller insats
              när medel < 0
              meddelande "neg"
            """)
        let findings = RuleEngine.run(rules, on: Self.round).findings
        #expect(
            findings == [
                Finding(
                    regel: "egen.sen", feltyp: "sen", allvarlighet: .varning, enkat: "K", respondent: "0114", insatsNr: nil,
                    location: SourceLocation(file: "svar.csv", line: 3), meddelande: "sen"),
                Finding(
                    regel: "egen.negativ", feltyp: "negativt", allvarlighet: .info, enkat: "K", respondent: "0114",
                    insatsNr: 4, location: SourceLocation(file: "svar.csv", line: 6), meddelande: "neg"),
                Finding(
                    regel: "egen.sen", feltyp: "sen", allvarlighet: .varning, enkat: "L", respondent: "01", insatsNr: nil,
                    location: SourceLocation(file: "svar.csv", line: 13), meddelande: "sen"),
            ])
    }

    @Test func enkatAndOmgangFindingsPointAtOmgangCsv() throws {
        let rules = try TestRound.rules(
            """
            regel t.e
              allvarlighet info
              gäller enkät
              när enkat = "L"
              meddelande "{enkat}"

            regel t.o
              allvarlighet info
              gäller omgång
              när sant
              meddelande "{antal()} insatser"
            """)
        let findings = RuleEngine.run(rules, on: Self.round).findings
        #expect(findings.map(\.location) == [SourceLocation(file: "omgang.csv", line: 1), SourceLocation(file: "omgang.csv", line: 3)])
        #expect(findings.map(\.meddelande) == ["12 insatser", "L"])
    }

    /// The field a finding is about decides its column when the reader can say where fields are.
    @Test func insatsFindingsPointAtTheFieldInvolved() throws {
        let rules = try TestRound.rules(
            """
            regel t.f
              allvarlighet fel
              gäller insats
              när titel = "B" eller saknas(medel)
              meddelande "m"
            """)
        let columns = ["titel": 8, "medel": 15]
        let outcome = RuleEngine.run(rules, on: Self.round) { index, column in
            SourceLocation(file: "svar.csv", line: index + 2, column: columns[column] ?? 0)
        }
        // Insats 2 of 0114 is flagged by the first disjunct (titel), insats 5 by the second (medel).
        #expect(outcome.findings.map(\.location?.column) == [8, 15])
        #expect(outcome.findings.map(\.insatsNr) == [2, 5])
    }

    @Test func actionsSetItemsAside() throws {
        let rules = try TestRound.rules(
            """
            regel a.uteslut
              allvarlighet fel
              gäller insats
              när saknas(medel)
              åtgärd uteslut
              meddelande "m"

            regel a.stryk
              allvarlighet fel
              gäller insats
              när dubblett(trim(titel), medel_nyckel)
              åtgärd stryk
              meddelande "m"

            regel a.svar
              allvarlighet fel
              gäller svar
              när inte i_populationen
              åtgärd uteslut_svar
              meddelande "m"

            regel a.insats_svar
              allvarlighet fel
              gäller insats
              när medel > 1 mkr
              åtgärd uteslut_svar
              meddelande "m"
            """)
        let outcome = RuleEngine.run(rules, on: Self.round)
        let r = outcome.rensning
        #expect(r.uteslutna == [2: "a.uteslut", 5: "a.uteslut"])
        #expect(r.strukna == [3: "a.stryk"])
        #expect(
            r.uteslutnaSvar == [
                SvarKey(enkat: "K", respondent: "0117"): "a.svar", SvarKey(enkat: "K", respondent: "9999"): "a.svar",
                SvarKey(enkat: "L", respondent: "03"): "a.svar", SvarKey(enkat: "L", respondent: "01"): "a.insats_svar",
            ])
        #expect(!r.countsInS(3, key: SvarKey(enkat: "K", respondent: "0114")))
        #expect(r.countsInS(2, key: SvarKey(enkat: "K", respondent: "0114")))
        #expect(!r.isUsable(2, key: SvarKey(enkat: "K", respondent: "0114")))
    }

    @Test func statisticsCountAppliedAndFlaggedItems() throws {
        let rules = try TestRound.rules(
            """
            regel s.ett
              allvarlighet fel
              gäller insats
              om i_populationen
              när medel < 0
              meddelande "m"

            regel s.tva
              allvarlighet varning
              gäller svar
              när sant
              meddelande "m"
            """, file: "egna.regler")
        let stats = RuleEngine.run(rules, on: Self.round).ruleStats
        #expect(
            stats == [
                RuleStats(
                    id: "s.ett", feltyp: nil, allvarlighet: .fel, scope: .insats, file: "egna.regler", line: 1,
                    evaluated: 9, flagged: 1),
                RuleStats(
                    id: "s.tva", feltyp: nil, allvarlighet: .varning, scope: .svar, file: "egna.regler", line: 8,
                    evaluated: 6, flagged: 6),
            ])
    }

    @Test func answersToAnUnknownEnkatHaveNoEnkatFields() throws {
        let round = TestRound.omgang([TestRound.insats("X", "0114", nr: 1, line: 2)])
        let rules = try TestRound.rules(
            """
            regel t.x
              allvarlighet fel
              gäller svar
              när saknas(sista_svarsdag) och saknas(population) och inte i_registret och antal() över enkät = 1
              meddelande "{enkat} {sista_svarsdag}"
            """)
        let outcome = RuleEngine.run(rules, on: round)
        #expect(outcome.findings.map(\.meddelande) == ["X (saknas)"])
    }

    @Test func theOutcomeKeepsTheGroupingItUsed() throws {
        let outcome = RuleEngine.run(RuleSet(rules: []), on: Self.round)
        #expect(outcome.svar == Self.round.svar())
        #expect(outcome.findings.isEmpty && outcome.ruleStats.isEmpty)
    }
}
