import Foundation
import GranskaCore
import Testing

@testable import GranskaReports

/// The parts of the declaration that say how the reconciliation was set up, how the bortfall
/// compares with the respondents (shares of folkmängd and medel, size classes), the response rate
/// counting only usable answers, and the answers whose submission time could not be read.
@Suite("Kvalitetsdeklaration: bortfall, svarsfrekvens med användbart svar och avstämningens inställningar")
struct BortfallAndSettingsTests {
    static let nbsp = "\u{00A0}"

    static func markdown(_ input: DeclarationInput) throws -> String {
        MarkdownRenderer().render(try Kvalitetsdeklaration.build(input))
    }

    static func json(_ input: DeclarationInput) throws -> [String: Any] {
        let text = JSONRenderer().render(try Kvalitetsdeklaration.build(input))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: - Formatting

    @Test(
        "Flera belopp skrivs som en lista",
        arguments: [
            ([Kronor](), "inga"),
            ([1_000], "1\u{00A0}000\u{00A0}kr"),
            ([10_000, 1_000], "10\u{00A0}000 och 1\u{00A0}000\u{00A0}kr"),
            ([100_000, 10_000, 1_000], "100\u{00A0}000, 10\u{00A0}000 och 1\u{00A0}000\u{00A0}kr"),
        ])
    func kronorList(amounts: [Kronor], expected: String) {
        #expect(DeclarationValue.kronorList(amounts).displayText == expected)
        #expect(DeclarationValue.kronorList(amounts).json == .array(amounts.map { .int($0) }))
        #expect(DeclarationValue.kronorList(amounts).isTruthy == !amounts.isEmpty)
    }

    @Test(
        "Andelar med en decimal, avrundade uppåt vid jämnt halvt",
        arguments: [
            (Int64(355_410), Int64(10_009_042), "3,6", "3.6"),
            (Int64(1), Int64(8), "12,5", "12.5"),
            (Int64(1), Int64(16), "6,3", "6.3"),
            (Int64(1), Int64(1_000), "0,1", "0.1"),
            (Int64(1), Int64(2_001), "0,0", "0.0"),
            (Int64(0), Int64(5), "0,0", "0.0"),
            (Int64(17), Int64(21), "81,0", "81.0"),
            (Int64(1), Int64(1), "100,0", "100.0"),
        ])
    func oneDecimalShare(numerator: Int64, denominator: Int64, text: String, json: String) throws {
        let f = try #require(Fraction(numerator, denominator))
        let value = DeclarationValue.rateOneDecimal(f)
        #expect(value.displayText == text + Self.nbsp + "%")
        guard case .object(let members) = value.json else {
            Issue.record("inte ett objekt: \(value.json)")
            return
        }
        #expect(members["procent_1"] == .number(json))
        #expect(members["kvot"] == .string("\(numerator)/\(denominator)"))
        #expect(members["procent"] == .int(f.wholePercent))
    }

    // MARK: - Reconciliation settings

    @Test("Avstämningens inställningar står under Bearbetning och i JSON")
    func settingsAreStated() throws {
        var input = DeclarationFixtures.kkun
        input.reconciliation?.thousandsTolerance = 250
        // Unsorted, repeated, zero and negative steps: the declaration lists the steps that count.
        input.reconciliation?.roundingSteps = [1_000, 0, -5, 1_000, 10_000]
        let markdown = try Self.markdown(input)
        let processing = try #require(markdown.components(separatedBy: "### Bearbetning").last)
        #expect(processing.contains("- Tusentalstolerans: 250\(Self.nbsp)kr per belopp. Ett svar räknas som skrivet"))
        #expect(
            processing.contains(
                "- Avrundningssteg: 10\(Self.nbsp)000 och 1\(Self.nbsp)000\(Self.nbsp)kr. Är alla belopp"))
        #expect(processing.contains("beräknad per respondent"))
        let avstamning = try #require(try Self.json(input)["avstamning"] as? [String: Any])
        #expect(avstamning["tusental_tolerans"] as? Int == 250)
        #expect(avstamning["avrundningssteg"] as? [Int] == [10_000, 1_000])
    }

    @Test("Utan avrundningssteg säger deklarationen att ingen skillnad räknades som avrundning")
    func noRoundingSteps() throws {
        var input = DeclarationFixtures.kkun
        input.reconciliation?.roundingSteps = [0]
        let markdown = try Self.markdown(input)
        #expect(markdown.contains("- Avrundningssteg: inga. Ingen skillnad mot T har därför räknats som avrundning"))
        #expect(
            try Self.json(input)["avstamning"].flatMap { ($0 as? [String: Any])?["avrundningssteg"] as? [Int] } == [])
    }

    @Test("Utan avstämning nämns inga inställningar")
    func noReconciliationNoSettings() throws {
        let markdown = try Self.markdown(DeclarationFixtures.zeroResponse)
        #expect(!markdown.contains("Tusentalstolerans"))
        #expect(!markdown.contains("Avrundningssteg"))
        let avstamning = try #require(try Self.json(DeclarationFixtures.zeroResponse)["avstamning"] as? [String: Any])
        #expect(avstamning["tusental_tolerans"] is NSNull)
        #expect(avstamning["avrundningssteg"] is NSNull)
    }

    // MARK: - Bortfall

    @Test("Bortfallets andel av befolkningen och av medlen")
    func nonRespondentShares() throws {
        let input = DeclarationFixtures.kkun
        let markdown = try Self.markdown(input)
        #expect(
            markdown.contains(
                "De kommuner som inte svarade har 3,6\(Self.nbsp)% av befolkningen och 3,9\(Self.nbsp)% av de fördelade medlen i undersökningspopulationen."
            ))
        #expect(markdown.contains("Är de andelarna mindre än bortfallets andel av antalet (5\(Self.nbsp)%)"))
        let bortfall = try #require(try Self.json(input)["bortfall"] as? [String: Any])
        let folkmangd = try #require(bortfall["andel_folkmangd"] as? [String: Any])
        #expect(folkmangd["kvot"] as? String == input.rates.nonResponseByFolkmangd?.description)
        let fordelat = try #require(bortfall["andel_fordelat"] as? [String: Any])
        #expect(fordelat["kvot"] as? String == input.rates.nonResponseByFordelat?.description)
    }

    @Test("Går andelen av medlen inte att beräkna sägs det, utan att ett tal hittas på")
    func nonRespondentShareOfFundsMissing() throws {
        var input = DeclarationFixtures.kkun
        input.rates.nonResponseByFordelat = nil
        let markdown = try Self.markdown(input)
        #expect(
            markdown.contains(
                "har 3,6\(Self.nbsp)% av befolkningen i undersökningspopulationen. Deras andel av de fördelade medlen går inte att beräkna."
            ))
        #expect(!markdown.contains("ej tillämpligt av de fördelade medlen"))
    }

    @Test("När ingen svarade jämförs inte bortfallet med de svarande")
    func noRespondentsNoComparison() throws {
        let markdown = try Self.markdown(DeclarationFixtures.zeroResponse)
        #expect(markdown.contains("De regioner som inte svarade har 100,0\(Self.nbsp)% av befolkningen"))
        #expect(!markdown.contains("i genomsnitt mindre"))
    }

    @Test("Bortfall per storleksklass, bara för kommunenkäter")
    func bySizeClass() throws {
        let input = DeclarationFixtures.kkun
        let markdown = try Self.markdown(input)
        let rows = markdown.split(separator: "\n").filter { line in
            input.bySize.contains { line.hasPrefix("| \($0.namn) |") }
        }
        #expect(rows.count == 5)
        #expect(rows.first == "| under 10 000 invånare | 71 | 66 | 5 | 93\(Self.nbsp)% |")
        #expect(rows.last == "| 100 000 invånare eller fler | 19 | 19 | 0 | 100\(Self.nbsp)% |")
        #expect(markdown.contains("| Storleksklass | Enheter | Svarande | Ej svarat | Svarsfrekvens |"))
        let list = try #require(
            (try Self.json(input)["bortfall"] as? [String: Any])?["per_storlek"] as? [[String: Any]])
        #expect(list.compactMap { $0["kod"] as? String } == input.bySize.map(\.kod))
        #expect(list.compactMap { $0["ej_svarat"] as? Int } == input.bySize.map { $0.units - $0.answered })

        for other in [DeclarationFixtures.zeroResponse, DeclarationFixtures.fullResponse] {
            #expect(!(try Self.markdown(other)).contains("Storleksklass"))
        }
    }

    // MARK: - Response rate with a usable answer

    @Test("Svarsfrekvensen med användbart svar är en rad i tabellen, med en förklaring")
    func usableRate() throws {
        let input = DeclarationFixtures.kkun
        let markdown = try Self.markdown(input)
        #expect(markdown.contains("| Svarande med minst en användbar insats, ovägt | 94\(Self.nbsp)% |"))
        #expect(markdown.contains("Den sista raden räknar bara de svarande som har minst en insats som kan användas"))
        let rates = try #require(try Self.json(input)["svarsfrekvens"] as? [String: Any])
        #expect((rates["anvandbar"] as? [String: Any])?["kvot"] as? String == "256/272")
    }

    // MARK: - Submission time

    @Test("Svar utan läsbar tidpunkt nämns under Datainsamling, bara när de finns")
    func withoutTimestamp() throws {
        var input = DeclarationFixtures.kkun
        let markdown = try Self.markdown(input)
        let collection = try #require(
            markdown.components(separatedBy: "### Datainsamling").last?.components(separatedBy: "### Svarsfrekvens")
                .first)
        #expect(collection.contains("För 3 av de svarande gick tidpunkten då svaret skickades in inte att läsa"))
        #expect((try Self.json(input)["svar"] as? [String: Any])?["utan_tidpunkt"] as? Int == 3)
        input.svar.withoutTimestamp = 0
        #expect(!(try Self.markdown(input)).contains("gick tidpunkten"))
    }

    // MARK: - Consistency

    static let contradictions: [(String, @Sendable (inout DeclarationInput) -> Void)] = [
        ("fler utan tidpunkt än i tid", { $0.svar.withoutTimestamp = $0.svar.answeredInTime + 1 }),
        ("negativt antal utan tidpunkt", { $0.svar.withoutTimestamp = -1 }),
        ("storleksklasserna summerar inte till basen", { $0.bySize[0].units += 1 }),
        ("fler svarande än enheter i en klass", { $0.bySize[4].answered = $0.bySize[4].units + 1 }),
        ("svarande i klasserna stämmer inte", { $0.bySize[0].answered -= 1 }),
        ("användbar större än svarsfrekvensen", { $0.rates.usable = Fraction(260, 272) }),
        ("andel över ett", { $0.rates.nonResponseByFolkmangd = Fraction(3, 2) }),
        ("negativ andel", { $0.rates.nonResponseByFordelat = Fraction(-1, 2) }),
        ("negativ tusentalstolerans", { $0.reconciliation?.thousandsTolerance = -1 }),
    ]

    @Test("Motsägelser i de nya uppgifterna ger ett fel", arguments: contradictions.indices)
    func contradictionsAreErrors(index: Int) {
        let (name, change) = Self.contradictions[index]
        var input = DeclarationFixtures.kkun
        change(&input)
        #expect(throws: DeclarationError.self, "\(name)") { try Kvalitetsdeklaration.build(input) }
    }
}
