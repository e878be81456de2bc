import GranskaCore
import GranskaParsing
import GranskaRules
import GranskaTestSupport
import Testing

@testable import GranskaMetrics

/// Every unit-level and item-level rate of the example round, read by ``RoundLoader``, against
/// counts made by hand from the CSV rows (``ExampleCounts``). The Rensning is empty: nothing is set aside, so every counting
/// insats is usable and the item base is every row of the respondents' latest submissions.
@Suite struct ExampleRoundTests {
    let rates: [Svarsfrekvens]
    let counts: ExampleCounts

    init() throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        rates = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())
        counts = try ExampleCounts()
    }

    @Test func oneResultPerEnkatInOrder() {
        #expect(rates.map(\.enkat) == ["R-BU", "L-BU", "L-SAM", "R-KUN", "K-KUN", "L-BRU", "R-TRA"])
        #expect(rates.map(\.enkat) == counts.enkater.map(\.id))
    }

    @Test func unitCounts() throws {
        for (r, c) in zip(rates, counts.enkater) {
            #expect(r.antalRegister == c.antalRegister, "\(c.id)")
            #expect(r.antalPopulation == c.antalPopulation, "\(c.id)")
            #expect(r.antalSvarande == c.svarande.count, "\(c.id)")
            #expect(r.sena == c.sena, "\(c.id)")
            #expect(r.iTid == c.svarande.count - c.sena, "\(c.id)")
            #expect(r.ejSvarat == c.antalPopulation - c.svarande.count, "\(c.id)")
            #expect(r.ejRekvirerat == c.ejRekvirerat, "\(c.id)")
            #expect(r.okanda == c.okanda, "\(c.id)")
            #expect(r.utanAnvandbarInsats == 0, "\(c.id)")
            #expect(r.bortfall.map(\.kod) == c.bortfall, "\(c.id)")
        }
    }

    @Test func unitRates() {
        for (r, c) in zip(rates, counts.enkater) {
            #expect(r.svarsandel.taljare == Int64(c.svarande.count), "\(c.id)")
            #expect(r.svarsandel.namnare == Int64(c.antalPopulation), "\(c.id)")
            #expect(r.andel == Fraction(Int64(c.svarande.count), Int64(c.antalPopulation)), "\(c.id)")
            #expect(r.andelFolkmangd == Fraction(c.folkmangdSvarande, c.folkmangdBas), "\(c.id)")
            #expect(r.andelFordelat == Fraction(c.fordelatSvarande, c.fordelatBas), "\(c.id)")
            #expect(r.bortfallAndelFolkmangd == Fraction(c.folkmangdBas - c.folkmangdSvarande, c.folkmangdBas), "\(c.id)")
            #expect(r.bortfallAndelFordelat == Fraction(c.fordelatBas - c.fordelatSvarande, c.fordelatBas), "\(c.id)")
            #expect(r.svarsandelFolkmangd.namnare == c.folkmangdBas, "\(c.id)")
            #expect(r.svarsandelFordelat.namnare == c.fordelatBas, "\(c.id)")
        }
    }

    @Test func perLan() {
        for (r, c) in zip(rates, counts.enkater) {
            let nonEmpty = r.perLan.filter { $0.antalBas > 0 }
            #expect(nonEmpty.count == c.perLan.count, "\(c.id)")
            for g in nonEmpty {
                #expect(g.antalBas == c.perLan[g.kod]?.bas, "\(c.id) \(g.kod)")
                #expect(g.antalSvarande == c.perLan[g.kod]?.svar, "\(c.id) \(g.kod)")
            }
        }
    }

    @Test func itemRates() {
        for (r, c) in zip(rates, counts.enkater) {
            #expect(r.antalInsatser == c.antalInsatser, "\(c.id)")
            for item in r.partiellt {
                #expect(item.insatserBesvarade == c.faltBesvarade[item.falt] ?? 0, "\(c.id) \(item.falt)")
                #expect(item.antalInsatser == c.antalInsatser, "\(c.id) \(item.falt)")
                #expect(item.respondenterBesvarade == c.faltRespondenter[item.falt], "\(c.id) \(item.falt)")
                #expect(item.antalRespondenter == c.svarande.count, "\(c.id) \(item.falt)")
            }
        }
    }

    /// The planted defects the answer key names for unit response, as a last check that the hand
    /// count and the implementation both see them.
    @Test func plantedUnitDefects() throws {
        let k = try #require(rates.first { $0.enkat == "K-KUN" })
        #expect(k.antalRegister == 290)
        #expect(k.antalPopulation == 272)
        #expect(k.overtackning.filter { $0.feltyp == .ejRekvirerat }.map(\.kod) == ["0160"])
        #expect(rates.reduce(0) { $0 + $1.okanda } == 2)
        #expect(rates.reduce(0) { $0 + $1.sena } == 13)
    }
}

/// The example round cleaned by the standard rules (`RuleEngine.run(RuleSet.standard, on:)`):
/// incomplete insatser excluded (`uteslut`), duplicates removed (`stryk`). The hand count leaves
/// duplicates out of the item base and finds the respondents with no complete, non-duplicate
/// insats.
@Suite struct ExampleRoundWithRulesTests {
    let rates: [Svarsfrekvens]
    let plain: [Svarsfrekvens]
    let counts: ExampleCounts

    init() throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        rates = ResponseRates.compute(omgang, svar: outcome.svar, rensning: outcome.rensning)
        plain = ResponseRates.compute(omgang, svar: outcome.svar, rensning: Rensning())
        counts = try ExampleCounts(withoutDuplicates: true)
    }

    /// The hand rules for incomplete and duplicate rows find exactly the answer key's rows.
    @Test func handRulesMatchTheAnswerKey() throws {
        let facit = try ExampleCounts.table(Fixtures.facit, ";")
        let key = { (feltyp: String) in
            Set(facit.filter { $0["feltyp"] == feltyp }.map { [$0["enkat"]!, $0["respondent"]!, $0["insats_nr"]!] })
        }
        #expect(counts.dubbletter == key("dubblett"))
        #expect(counts.ofullstandiga == key("ofullstandig"))
    }

    @Test func unitCountsDoNotDependOnCleaning() {
        for (r, p) in zip(rates, plain) {
            #expect(r.antalSvarande == p.antalSvarande, "\(r.enkat)")
            #expect(r.andel == p.andel, "\(r.enkat)")
            #expect(r.andelFolkmangd == p.andelFolkmangd, "\(r.enkat)")
            #expect(r.andelFordelat == p.andelFordelat, "\(r.enkat)")
            #expect(r.bortfall == p.bortfall, "\(r.enkat)")
        }
    }

    @Test func answersWithNoUsableInsats() {
        for (r, c) in zip(rates, counts.enkater) {
            #expect(r.utanAnvandbarInsats == c.utanAnvandbar, "\(c.id)")
            #expect(
                r.svarsandelAnvandbar.andel
                    == Fraction(Int64(c.svarande.count - c.utanAnvandbar), Int64(c.antalPopulation)), "\(c.id)")
        }
        #expect(rates.reduce(0) { $0 + $1.utanAnvandbarInsats } > 0)  // the example has such an answer
    }

    @Test func itemRatesWithoutDuplicates() {
        // The removed duplicates lie in counting submissions, so the base really shrinks.
        #expect(rates.reduce(0) { $0 + $1.antalInsatser } == plain.reduce(0) { $0 + $1.antalInsatser } - 12)
        for (r, c) in zip(rates, counts.enkater) {
            #expect(r.antalInsatser == c.antalInsatser, "\(c.id)")
            for item in r.partiellt {
                #expect(item.insatserBesvarade == c.faltBesvarade[item.falt] ?? 0, "\(c.id) \(item.falt)")
                #expect(item.respondenterBesvarade == c.faltRespondenter[item.falt], "\(c.id) \(item.falt)")
            }
        }
    }
}
