import GranskaCore
import Testing

@testable import GranskaMetrics

/// The hand-built round of these tests: seven kommuner in two län, one enkät `K`, last answer day
/// 2025-03-14.
///
/// | kod  | län | folkmängd | rekvirerat | fördelat | answer |
/// |------|-----|-----------|------------|----------|--------|
/// | 0110 | 01  |    5 000  | 1 000      | 10       | 2025-03-14T23:59 (in time, last minute) |
/// | 0311 | 03  |   10 000  | 1 000      | 20       | 2025-03-15T00:00 (late) |
/// | 0112 | 01  |   24 999  | 1 000      | 30       | 2025-03-10, then 2025-03-20 (latest counts: late) |
/// | 0313 | 03  |   25 000  | 1 000      | 40       | none (bortfall) |
/// | 0114 | 01  |   60 000  | 0          | 50       | answers (ej_rekvirerat) |
/// | 0315 | 03  |  100 000  | no row     | –        | none (outside the survey population) |
/// | 0116 | 01  |  150 000  | 1 000      | 70       | unreadable date (in time: cannot be shown late) |
/// | 9999 | –   | –         | –          | –        | answers (okand_respondent) |
struct Scenario {
    var builder = RoundBuilder()
    var index: [String: [Int]] = [:]

    init() {
        builder.register = smallRegister(folkmangd: [5_000, 10_000, 24_999, 25_000, 60_000, 100_000, 150_000])
        builder.enkat("K", .kommun)
        builder.rekvisition("K", "0110", fordelat: 10)
        builder.rekvisition("K", "0311", fordelat: 20)
        builder.rekvisition("K", "0112", fordelat: 30)
        builder.rekvisition("K", "0313", fordelat: 40)
        builder.rekvisition("K", "0114", fordelat: 50, rekvirerat: 0)
        builder.rekvisition("K", "0116", fordelat: 70)
        add("0110", "2025-03-14T23:59", count: 2)
        add("0311", "2025-03-15T00:00", count: 1)
        add("0112", "2025-03-10T09:00", count: 1)
        add("0112", "2025-03-20T09:00", count: 2)
        add("0114", "2025-03-01T09:00", count: 1)
        add("0116", "igår", count: 1)
        add("9999", "2025-03-01T09:00", count: 3)
    }

    mutating func add(_ kod: String, _ inskickad: String, count: Int) {
        for nr in 1...count {
            index[kod, default: []].append(builder.insats("K", kod, inskickad: inskickad, nr: nr))
        }
    }

    func compute(_ rensning: Rensning = Rensning(), _ settings: RateSettings = .init()) -> Svarsfrekvens {
        let omgang = builder.omgang
        let rates = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: rensning, settings: settings)
        return rates[0]
    }
}

@Test func unitCategoriesOverTheSurveyPopulation() throws {
    let r = Scenario().compute()
    #expect(r.enkat == "K")
    #expect(r.denominator == .undersokningspopulation)
    #expect(r.antalRegister == 7)
    #expect(r.antalPopulation == 5)
    #expect(r.antalBas == 5)
    #expect(r.antalSvarande == 4)
    #expect(r.iTid == 2)
    #expect(r.sena == 2)
    #expect(r.utanTidpunkt == 1)
    #expect(r.utanAnvandbarInsats == 0)
    #expect(r.ejSvarat == 1)
    #expect(r.ejRekvirerat == 1)
    #expect(r.okanda == 1)
    #expect(r.andel?.description == "4/5")
    #expect(r.svarsandelAnvandbar.andel?.description == "4/5")
    #expect(r.bortfallsandel.andel?.description == "1/5")
    #expect(r.senaAndel.andel?.description == "2/4")
    #expect(r.bortfall.map(\.kod) == ["0313"])
    let b = try #require(r.bortfall.first)
    #expect(b.namn == "Kommun 3")
    #expect(b.lan == "03")
    #expect(b.lanNamn == "Uppsala län")
    #expect(b.folkmangd == 25_000)
    #expect(b.fordelat == 40)
    #expect(b.iUndersokningspopulation)
    #expect(r.overtackning.map(\.kod) == ["0114", "9999"])
    #expect(r.overtackning.map(\.feltyp) == [.ejRekvirerat, .okandRespondent])
    #expect(r.overtackning.map(\.namn) == ["Kommun 4", nil])
    #expect(r.overtackning.map(\.antalInsatser) == [1, 3])
}

@Test func weightedRatesAndProfiles() {
    let r = Scenario().compute()
    // Survey population folkmängd: 5 000 + 10 000 + 24 999 + 25 000 + 150 000 = 214 999.
    #expect(r.svarsandelFolkmangd.taljare == 189_999)
    #expect(r.svarsandelFolkmangd.namnare == 214_999)
    #expect(r.andelFolkmangd == Fraction(189_999, 214_999))
    #expect(r.bortfallAndelFolkmangd == Fraction(25_000, 214_999))
    #expect(r.andelFordelat?.description == "130/170")
    #expect(r.bortfallAndelFordelat?.description == "40/170")
    #expect(r.svarandeProfil.antal == 4)
    #expect(r.svarandeProfil.folkmangd == 189_999)
    #expect(r.svarandeProfil.medelFolkmangd.andel == Fraction(189_999, 4))
    #expect(r.bortfallProfil.antal == 1)
    #expect(r.bortfallProfil.fordelat == 40)
    #expect(r.bortfallProfil.medelFordelat.andel == Fraction(40, 1))
}

@Test func breakdownsByLanAndSize() {
    let r = Scenario().compute()
    #expect(r.perLan.map(\.kod) == ["01", "03"])
    #expect(r.perLan.map(\.namn) == ["Stockholms län", "Uppsala län"])
    #expect(r.perLan.map(\.antalBas) == [3, 2])
    #expect(r.perLan.map(\.antalSvarande) == [3, 1])
    #expect(r.perLan.map(\.antalBortfall) == [0, 1])
    #expect(r.perLan[1].svarsandelFolkmangd.andel == Fraction(10_000, 35_000))
    #expect(r.perStorlek.map(\.kod) == Storleksklass.kommun.map(\.id))
    #expect(r.perStorlek.map(\.antalBas) == [1, 2, 1, 0, 1])
    #expect(r.perStorlek.map(\.antalSvarande) == [1, 2, 0, 0, 1])
    #expect(r.perStorlek[3].andel == nil)
    #expect(r.perStorlek[3].svarsandel.orsak == .tomNamnare)
}

@Test func registerPopulationAsDenominator() throws {
    let r = Scenario().compute(Rensning(), RateSettings(denominator: .registerpopulation))
    #expect(r.denominator == .registerpopulation)
    #expect(r.antalBas == 7)
    #expect(r.antalPopulation == 5)
    #expect(r.antalSvarande == 4)  // the ej_rekvirerat answer is still no respondent
    #expect(r.ejSvarat == 3)
    #expect(r.andel?.description == "4/7")
    #expect(r.bortfall.map(\.kod) == ["0313", "0114", "0315"])
    #expect(r.bortfall.map(\.iUndersokningspopulation) == [true, false, false])
    #expect(r.bortfall[2].fordelat == 0)  // no rekvisition row
    #expect(r.andelFolkmangd == Fraction(189_999, 374_999))
    #expect(r.perStorlek.map(\.antalBas) == [1, 2, 1, 1, 2])
}

@Test func answersWithNoUsableInsats() {
    let s = Scenario()
    var rensning = Rensning()
    // 0110: both insatser excluded (e.g. incomplete); 0311: its one insats removed;
    // 0112: only its set-aside earlier submission's insats excluded (the counting one is usable);
    // 0116: the whole answer set aside (uteslut_svar).
    for i in s.index["0110"]! { rensning.uteslutna[i] = "R1" }
    rensning.strukna[s.index["0311"]![0]] = "R2"
    rensning.uteslutna[s.index["0112"]![0]] = "R1"
    rensning.uteslutnaSvar[SvarKey(enkat: "K", respondent: "0116")] = "R3"
    let r = s.compute(rensning)
    #expect(r.antalSvarande == 4)  // still respondents
    #expect(r.utanAnvandbarInsats == 3)
    #expect(r.svarsandelAnvandbar.andel?.description == "1/5")
    #expect(r.andel?.description == "4/5")
}

@Test func publishedKommunFigure184Of290() {
    var b = RoundBuilder()
    b.enkat("K-2018", .kommun)
    for (i, unit) in Register.sverige.kommuner.enumerated() {
        b.rekvisition("K-2018", unit.kod)
        if i < 184 { b.insats("K-2018", unit.kod) }
    }
    let omgang = b.omgang
    let r = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())[0]
    #expect(r.antalRegister == 290)
    #expect(r.antalPopulation == 290)
    #expect(r.antalSvarande == 184)
    #expect(r.ejSvarat == 106)
    #expect(r.andel?.description == "184/290")
    #expect(r.andel?.wholePercent == 63)
    #expect(r.andel?.percentOneDecimal == "63.4")
    #expect(r.bortfall.count == 106)
}

@Test func publishedRegionFigure17Of21() throws {
    var b = RoundBuilder()
    b.enkat("R-2018", .region)
    for (i, unit) in Register.sverige.lan.enumerated() {
        b.rekvisition("R-2018", unit.kod)
        if i >= 4 { b.insats("R-2018", unit.kod) }
    }
    let omgang = b.omgang
    let r = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())[0]
    #expect(r.antalRegister == 21)
    #expect(r.antalSvarande == 17)
    #expect(r.andel?.description == "17/21")
    #expect(r.andel?.wholePercent == 81)
    #expect(r.andel?.percentOneDecimal == "81.0")
    #expect(r.perStorlek.isEmpty)
    #expect(r.perLan.count == 21)
    // Region enkät: bortfall named by the region, not the län.
    let first = try #require(r.bortfall.first)
    #expect(first.kod == "01")
    #expect(first.namn == "Region Stockholm")
    #expect(r.bortfall.map(\.kod) == ["01", "03", "04", "05"])
}

@Test func lanEnkatNamesTheLan() throws {
    var b = RoundBuilder()
    b.enkat("L", .lan)
    for unit in Register.sverige.lan { b.rekvisition("L", unit.kod) }
    for unit in Register.sverige.lan.dropFirst() { b.insats("L", unit.kod) }
    let omgang = b.omgang
    let r = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())[0]
    #expect(r.andel?.description == "20/21")
    #expect(try #require(r.bortfall.first).namn == "Stockholms län")
}

@Test func eachEnkatCountsOnlyItsOwnAnswers() {
    var b = RoundBuilder()
    b.enkat("A", .region)
    b.enkat("B", .region)
    b.rekvisition("A", "01")
    b.rekvisition("B", "01")
    b.rekvisition("B", "03")
    b.insats("A", "01")
    b.insats("B", "03")
    b.insats("X", "01")  // an enkät id not in the round: ignored
    let omgang = b.omgang
    let rates = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())
    #expect(rates.map(\.enkat) == ["A", "B"])
    #expect(rates.map(\.antalSvarande) == [1, 1])
    #expect(rates.map(\.antalPopulation) == [1, 2])
    #expect(rates[1].bortfall.map(\.kod) == ["01"])
}

@Test func emptySurveyPopulationGivesNoRateWithAReason() {
    var b = RoundBuilder()
    b.enkat("K", .kommun)
    b.insats("K", "0114")  // answers without any rekvisition: ej_rekvirerat
    let omgang = b.omgang
    let r = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())[0]
    #expect(r.antalPopulation == 0)
    #expect(r.antalSvarande == 0)
    #expect(r.ejRekvirerat == 1)
    #expect(r.andel == nil)
    #expect(r.svarsandel.orsak == .tomNamnare)
    #expect(r.andelFolkmangd == nil)
    #expect(r.andelFordelat == nil)
    #expect(r.senaAndel.orsak == .tomNamnare)
    #expect(r.partielltBortfall.orsak == .tomNamnare)
}

@Test func lateIsJudgedByDateOnlyAndNeedsALastDay() {
    var b = RoundBuilder()
    b.enkat("R", .region, sista: nil)
    b.rekvisition("R", "01")
    b.insats("R", "01", inskickad: "2030-01-01T00:00")
    let omgang = b.omgang
    let r = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())[0]
    #expect(r.sena == 0)
    #expect(r.iTid == 1)
}

@Test func badWeightsGiveAReasonNotATrap() {
    var b = RoundBuilder()
    b.register = smallRegister(folkmangd: [0, 0, 0])
    b.enkat("K", .kommun)
    b.enkat("N", .kommun)
    b.rekvisition("K", "0110", fordelat: .max)
    b.rekvisition("K", "0311", fordelat: .max)
    b.rekvisition("N", "0110", fordelat: -5)
    b.rekvisition("N", "0311", fordelat: 10)
    b.insats("K", "0110")
    b.insats("N", "0110")
    let omgang = b.omgang
    let rates = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())
    #expect(rates[0].andel?.description == "1/2")
    #expect(rates[0].andelFolkmangd == nil)
    #expect(rates[0].svarsandelFolkmangd.orsak == .tomNamnare)
    #expect(rates[0].andelFordelat == nil)
    #expect(rates[0].svarsandelFordelat.orsak == .forStortTal)
    #expect(rates[1].svarsandelFordelat.orsak == .negativVikt)
    #expect(rates[1].bortfallsandelFordelat.orsak == .negativVikt)
}
