import Foundation
import GranskaCore
import GranskaMetrics
import GranskaParsing
import GranskaReconciliation
import GranskaRules
import GranskaTestSupport
import Testing

@testable import GranskaReports

/// The whole pipeline on the example round — loader → standard rules → reconciliation → response
/// rates → adapter → declaration — gives the seven declarations, with the example's figures.
@Suite("Kvalitetsdeklaration: exempelomgången")
struct ExampleRoundDeclarationTests {
    static func inputs(
        metadata: DeclarationMetadata = .empty, settings: ReconciliationSettings = .contractDefaults,
        change: (inout Omgang) -> Void = { _ in }
    ) throws -> [DeclarationInput] {
        var omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        change(&omgang)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        let reconciliation = Reconciler.reconcile(
            omgang, svar: outcome.svar, rensning: outcome.rensning, settings: settings)
        let rates = ResponseRates.compute(omgang, svar: outcome.svar, rensning: outcome.rensning)
        return DeclarationInput.make(
            omgang: omgang, outcome: outcome, reconciliation: reconciliation, rates: rates, metadata: metadata)
    }

    /// The example round's response rates, as the adapter gets them.
    static func rates() throws -> [Svarsfrekvens] {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        return ResponseRates.compute(omgang, svar: outcome.svar, rensning: outcome.rensning)
    }

    static func exampleMetadata() throws -> DeclarationMetadata {
        let url = Fixtures.root.appendingPathComponent("Reports/deklaration-exempel.txt")
        let result = DeclarationMetadata.load(file: url, knownEnkater: ["R-BU", "L-BU", "L-SAM", "R-KUN", "K-KUN", "L-BRU", "R-TRA"])
        #expect(result.errors.isEmpty, "\(result.errors)")
        return result.metadata
    }

    @Test("Sju deklarationer, en per enkät, i omgang.csv:s ordning")
    func sevenDeclarations() throws {
        let inputs = try Self.inputs(metadata: Self.exampleMetadata())
        #expect(inputs.map(\.enkat.id) == ["R-BU", "L-BU", "L-SAM", "R-KUN", "K-KUN", "L-BRU", "R-TRA"])
        for input in inputs {
            let document = try Kvalitetsdeklaration.build(input)
            #expect(document.missing.isEmpty)
            let markdown = MarkdownRenderer().render(document)
            let html = HTMLRenderer().render(document)
            let json = JSONRenderer().render(document)
            #expect(HTMLBalance.problems(in: html).isEmpty)
            #expect(!html.contains("http"))
            let printed = DeclarationContentTests.numbers(inText: markdown)
            let available = DeclarationContentTests.numbers(inText: json)
            #expect(printed.subtracting(available).isEmpty, "\(input.enkat.id): \(printed.subtracting(available).sorted())")
            #expect(markdown.contains("Registret omfattar \(input.registerPopulation) "))
        }
    }

    @Test("K-KUN: populationerna, svaren och avstämningen")
    func kkunFigures() throws {
        let input = try #require(try Self.inputs().first { $0.enkat.id == "K-KUN" })
        #expect(input.registerPopulation == 290)
        #expect(input.surveyPopulation == 272)
        #expect(input.svar.answered == 258)
        #expect(input.svar.answeredLate == 9)
        #expect(input.svar.notAnswered == 14)
        #expect(input.svar.ejRekvirerat == 1)
        #expect(input.nonResponding.count == 14)
        #expect(input.rates.unweighted == Fraction(258, 272))
        #expect(input.cleaning.insatserRead == 800)
        #expect(input.cleaning.duplicatesRemoved == 5)
        #expect(input.cleaning.signCorrections == 3)
        let r = try #require(input.reconciliation)
        #expect(r.classCounts["ej_rekvirerat"] == 1)
        #expect(r.classCounts["tusental"] == 5)
        #expect(input.points.count == 258)
        #expect(input.findings.contains { $0.feltyp == "sen" && $0.count == 9 })
        let markdown = MarkdownRenderer().render(try Kvalitetsdeklaration.build(input))
        #expect(markdown.contains("Registret omfattar 290 kommuner"))
        #expect(markdown.contains("Av dem hade 272 rekvirerat medel"))
        // Without deklaration.txt every required fact is reported missing, never invented.
        #expect(markdown.contains("**Uppgift saknas: syfte.** Lägg till `syfte:` i deklaration.txt."))
    }

    @Test("Region- och länsenkäterna: en enhet per län, och länen summerar till helheten")
    func regions() throws {
        for input in try Self.inputs() where input.enkat.population != .kommun {
            #expect(input.registerPopulation == 21)
            #expect(input.byLan.count == 21)
            #expect(input.byLan.allSatisfy { $0.units <= 1 }, "\(input.enkat.id)")
            #expect(input.byLan.reduce(0) { $0 + $1.answered } == input.svar.answered, "\(input.enkat.id)")
            #expect(input.byLan.reduce(0) { $0 + $1.units } == input.surveyPopulation, "\(input.enkat.id)")
            #expect(input.points.count == input.svar.answered, "\(input.enkat.id)")
        }
    }

    @Test("Bortfallet per storleksklass, andelarna och svarsfrekvensen med användbart svar kommer från svarsfrekvensberäkningen")
    func ratesCarriedThrough() throws {
        let inputs = try Self.inputs()
        let rates = try Self.rates()
        for input in inputs {
            let r = try #require(rates.first { $0.enkat == input.enkat.id })
            #expect(input.rates.usable == r.svarsandelAnvandbar.andel, "\(input.enkat.id)")
            #expect(input.rates.nonResponseByFolkmangd == r.bortfallAndelFolkmangd, "\(input.enkat.id)")
            #expect(input.rates.nonResponseByFordelat == r.bortfallAndelFordelat, "\(input.enkat.id)")
            #expect(input.svar.withoutTimestamp == r.utanTidpunkt, "\(input.enkat.id)")
            #expect(input.bySize.map(\.kod) == r.perStorlek.map(\.kod), "\(input.enkat.id)")
            #expect(input.bySize.map(\.answered) == r.perStorlek.map(\.antalSvarande), "\(input.enkat.id)")
            if input.enkat.population != .kommun { #expect(input.bySize.isEmpty, "\(input.enkat.id)") }
        }
        let kkun = try #require(inputs.first { $0.enkat.id == "K-KUN" })
        #expect(kkun.bySize.map(\.namn) == Storleksklass.kommun.map(\.namn))
        #expect(kkun.bySize.reduce(0) { $0 + $1.units } == 272)
        #expect(kkun.bySize.reduce(0) { $0 + $1.answered } == 258)
        let usable = try #require(kkun.rates.usable)
        #expect(usable.denominator == 272 && usable.numerator == Int64(258 - kkun.svar.withoutUsableInsats))
        let markdown = MarkdownRenderer().render(try Kvalitetsdeklaration.build(kkun))
        #expect(markdown.contains("| Storleksklass | Enheter | Svarande | Ej svarat | Svarsfrekvens |"))
        #expect(markdown.contains("De kommuner som inte svarade har "))
    }

    @Test("Avstämningens inställningar följer med till deklarationen")
    func settingsCarriedThrough() throws {
        let standard = try #require(try Self.inputs().first { $0.enkat.id == "K-KUN" }?.reconciliation)
        #expect(standard.thousandsTolerance == 500)
        #expect(standard.roundingSteps == [100_000, 10_000, 1_000])

        let settings = ReconciliationSettings(tusentalTolerans: 250, avrundningSteg: [5_000], level: .perEnkat)
        let input = try #require(try Self.inputs(settings: settings).first { $0.enkat.id == "K-KUN" })
        let changed = try #require(input.reconciliation)
        #expect(changed.thousandsTolerance == 250)
        #expect(changed.roundingSteps == [5_000])
        let markdown = MarkdownRenderer().render(try Kvalitetsdeklaration.build(input))
        #expect(markdown.contains("- Tusentalstolerans: 250\u{00A0}kr per belopp."))
        #expect(markdown.contains("- Avrundningssteg: 5\u{00A0}000\u{00A0}kr."))
        #expect(markdown.contains("beräknad per enkät"))
    }

    @Test("Ett svar utan läsbar tidpunkt räknas och nämns")
    func unreadableSubmissionTime() throws {
        // One K-KUN respondent with a single submission gets a time that cannot be read.
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        var texts: [String: Set<String>] = [:]
        for i in omgang.insatser where i.enkat == "K-KUN" { texts[i.respondent, default: []].insert(i.inskickadText) }
        let respondent = try #require(texts.keys.sorted().first { texts[$0]?.count == 1 })
        let input = try #require(
            try Self.inputs { omgang in
                for k in omgang.insatser.indices
                where omgang.insatser[k].enkat == "K-KUN" && omgang.insatser[k].respondent == respondent {
                    omgang.insatser[k].inskickad = nil
                    omgang.insatser[k].inskickadText = "i mars"
                }
            }.first { $0.enkat.id == "K-KUN" })
        #expect(input.svar.withoutTimestamp == 1)
        let markdown = MarkdownRenderer().render(try Kvalitetsdeklaration.build(input))
        #expect(markdown.contains("För 1 av de svarande gick tidpunkten då svaret skickades in inte att läsa"))
    }
}
