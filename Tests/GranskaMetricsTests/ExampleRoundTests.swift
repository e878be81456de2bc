import GranskaCore
import GranskaParsing
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
