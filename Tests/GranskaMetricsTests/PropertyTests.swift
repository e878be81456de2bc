import GranskaTestSupport
import GranskaCore
import Testing

@testable import GranskaMetrics

/// A random kommun round: `n` kommuner, each requisitioning with probability 4/5 and answering with
/// probability `p`; folkmängd and fördelat drawn by the closures.
private func randomRound(
    seed: UInt64, p: Double, folkmangd: (inout SeededGenerator) -> Int, fordelat: (inout SeededGenerator) -> Kronor
) -> (omgang: Omgang, inPopulation: [Bool], answered: [Bool], folkmangd: [Int64], fordelat: [Kronor]) {
    var g = SeededGenerator(seed: seed)
    let n = Int.random(in: 1...60, using: &g)
    let weights = (0..<n).map { _ in folkmangd(&g) }
    var b = RoundBuilder()
    b.register = smallRegister(folkmangd: weights)
    b.enkat("K", .kommun)
    var inPopulation: [Bool] = []
    var answered: [Bool] = []
    var fordelatList: [Kronor] = []
    for unit in b.register.kommuner {
        let requisitioned = Int.random(in: 0..<5, using: &g) > 0
        let f = fordelat(&g)
        b.rekvisition("K", unit.kod, fordelat: f, rekvirerat: requisitioned ? 1_000 : 0)
        let answers = Double.random(in: 0..<1, using: &g) < p
        if answers { b.insats("K", unit.kod) }
        inPopulation.append(requisitioned)
        answered.append(answers && requisitioned)
        fordelatList.append(f)
    }
    return (b.omgang, inPopulation, answered, weights.map(Int64.init), fordelatList)
}

private func compute(_ omgang: Omgang, _ settings: RateSettings = .init()) -> Svarsfrekvens {
    ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning(), settings: settings)[0]
}

@Test(arguments: 1...60 as ClosedRange<UInt64>)
func equalWeightsGiveTheUnweightedRate(seed: UInt64) {
    var g = SeededGenerator(seed: seed &* 7919)
    let folk = Int.random(in: 1...1_000_000, using: &g)
    let medel = Kronor.random(in: 1...50_000_000, using: &g)
    let p = Double.random(in: 0...1, using: &g)
    let round = randomRound(seed: seed, p: p, folkmangd: { _ in folk }, fordelat: { _ in medel })
    for denominator in RateSettings.Denominator.allCases {
        let r = compute(round.omgang, RateSettings(denominator: denominator))
        #expect(r.andelFolkmangd == r.andel, "seed \(seed) \(denominator)")
        #expect(r.andelFordelat == r.andel, "seed \(seed) \(denominator)")
        #expect(r.bortfallAndelFolkmangd == r.bortfallsandel.andel, "seed \(seed) \(denominator)")
        #expect(r.bortfallAndelFordelat == r.bortfallsandel.andel, "seed \(seed) \(denominator)")
        for grupp in r.perLan + r.perStorlek {
            #expect(grupp.svarsandelFolkmangd.andel == grupp.andel, "seed \(seed) \(grupp.kod)")
        }
    }
}

@Test(arguments: 1...40 as ClosedRange<UInt64>)
func weightedRatesMatchAReferenceModel(seed: UInt64) {
    let round = randomRound(
        seed: seed, p: 0.6, folkmangd: { Int.random(in: 0...900_000, using: &$0) },
        fordelat: { Kronor.random(in: 0...90_000_000, using: &$0) })
    let r = compute(round.omgang)
    // The obvious sums, straight from the generated lists.
    var (n, s, fN, fS, kN, kS): (Int64, Int64, Int64, Int64, Int64, Int64) = (0, 0, 0, 0, 0, 0)
    for i in round.inPopulation.indices where round.inPopulation[i] {
        n += 1
        fN += round.folkmangd[i]
        kN += round.fordelat[i]
        if round.answered[i] {
            s += 1
            fS += round.folkmangd[i]
            kS += round.fordelat[i]
        }
    }
    #expect(r.svarsandel.taljare == s && r.svarsandel.namnare == n, "seed \(seed)")
    #expect(r.svarsandelFolkmangd.taljare == fS && r.svarsandelFolkmangd.namnare == fN, "seed \(seed)")
    #expect(r.svarsandelFordelat.taljare == kS && r.svarsandelFordelat.namnare == kN, "seed \(seed)")
    #expect(r.bortfallsandelFolkmangd.taljare == fN - fS, "seed \(seed)")
    #expect(r.bortfallsandelFordelat.taljare == kN - kS, "seed \(seed)")
    // Invariants of the categories and breakdowns.
    #expect(r.iTid + r.sena == r.antalSvarande)
    #expect(r.antalSvarande + r.ejSvarat == r.antalBas)
    #expect(r.bortfall.count == r.ejSvarat)
    #expect(r.perLan.reduce(0) { $0 + $1.antalBas } == r.antalBas)
    #expect(r.perStorlek.reduce(0) { $0 + $1.antalBas } == r.antalBas)
    #expect(r.perStorlek.reduce(0) { $0 + $1.antalSvarande } == r.antalSvarande)
    #expect(r.svarandeProfil.folkmangd + r.bortfallProfil.folkmangd == r.svarsandelFolkmangd.namnare)
}

@Test(arguments: 1...30 as ClosedRange<UInt64>)
func everybodyOrNobody(seed: UInt64) {
    let weights: (inout SeededGenerator) -> Int = { Int.random(in: 1...900_000, using: &$0) }
    let medel: (inout SeededGenerator) -> Kronor = { Kronor.random(in: 1...90_000_000, using: &$0) }
    let all = compute(randomRound(seed: seed, p: 1.1, folkmangd: weights, fordelat: medel).omgang)
    let none = compute(randomRound(seed: seed, p: -1, folkmangd: weights, fordelat: medel).omgang)
    guard all.antalBas > 0 else { return }  // a round where nobody requisitioned has no rate
    for a in [all.andel, all.andelFolkmangd, all.andelFordelat] {
        #expect(a == Fraction(1, 1), "seed \(seed)")
        #expect(a?.wholePercent == 100, "seed \(seed)")
    }
    for a in [none.andel, none.andelFolkmangd, none.andelFordelat] {
        #expect(a == Fraction(0, 1), "seed \(seed)")
        #expect(a?.wholePercent == 0, "seed \(seed)")
    }
    #expect(none.bortfallAndelFolkmangd == Fraction(1, 1))
    #expect(all.bortfall.isEmpty)
    #expect(none.bortfall.count == none.antalBas)
}
