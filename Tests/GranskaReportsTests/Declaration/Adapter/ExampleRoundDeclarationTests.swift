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
    static func inputs(metadata: DeclarationMetadata = .empty) throws -> [DeclarationInput] {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        let reconciliation = Reconciler.reconcile(omgang, svar: outcome.svar, rensning: outcome.rensning)
        let rates = ResponseRates.compute(omgang, svar: outcome.svar, rensning: outcome.rensning)
        return DeclarationInput.make(
            omgang: omgang, outcome: outcome, reconciliation: reconciliation, rates: rates, metadata: metadata)
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
}
