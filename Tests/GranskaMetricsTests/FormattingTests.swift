import GranskaCore
import Testing

@testable import GranskaMetrics

@Test(arguments: [
    (184, 290, 63, "63.4"), (17, 21, 81, "81.0"), (1, 1, 100, "100.0"), (0, 7, 0, "0.0"),
    (1, 8, 13, "12.5"), (1, 200, 1, "0.5"), (1, 2000, 0, "0.1"), (1, 2001, 0, "0.0"),
    (5, 1000, 1, "0.5"), (635, 1000, 64, "63.5"), (6349, 10000, 63, "63.5"), (272, 290, 94, "93.8"),
] as [(Int64, Int64, Int64, String)])
func percentRounding(n: Int64, d: Int64, whole: Int64, oneDecimal: String) throws {
    let f = try #require(Fraction(n, d))
    #expect(f.wholePercent == whole)
    #expect(f.percentOneDecimal == oneDecimal)
}

@Test(arguments: [
    (0, "under_10000"), (9_999, "under_10000"), (10_000, "10000_24999"), (24_999, "10000_24999"),
    (25_000, "25000_49999"), (49_999, "25000_49999"), (50_000, "50000_99999"), (99_999, "50000_99999"),
    (100_000, "100000_och_fler"), (999_239, "100000_och_fler"), (-1, "under_10000"),
])
func sizeClassBounds(folkmangd: Int, id: String) {
    #expect(Storleksklass.kommun[Storleksklass.index(folkmangd: folkmangd)].id == id)
}

@Test func sizeClassesOfTheRealRegister() {
    // Every kommun falls in exactly one class; the classes are not empty.
    var counts = [Int](repeating: 0, count: Storleksklass.kommun.count)
    for k in Register.sverige.kommuner { counts[Storleksklass.index(folkmangd: k.folkmangd)] += 1 }
    #expect(counts.reduce(0, +) == 290)
    #expect(counts.allSatisfy { $0 > 0 })
}

private func publishedRound() -> [Svarsfrekvens] {
    var b = RoundBuilder()
    b.enkat("K", .kommun)
    b.enkat("TOM", .region)
    for (i, unit) in Register.sverige.kommuner.enumerated() {
        b.rekvisition("K", unit.kod)
        if i < 184 { b.insats("K", unit.kod) }
    }
    let omgang = b.omgang
    return ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())
}

@Test func csvRows() throws {
    let rows = ResponseRates.csvRows(publishedRound())
    #expect(rows.first == ResponseRates.csvHeader)
    #expect(rows.allSatisfy { $0.count == ResponseRates.csvHeader.count })
    let rate = try #require(rows.first { $0[0] == "K" && $0[1] == "svarsfrekvens" })
    #expect(rate == ["K", "svarsfrekvens", "", "", "184", "290", "0.634483", "63", "63.4"])
    let bortfall = try #require(rows.first { $0[0] == "K" && $0[1] == "bortfall" })
    #expect(bortfall[4...8] == ["106", "290", "0.365517", "37", "36.6"])
    let item = try #require(rows.first { $0[0] == "K" && $0[1] == "partiell_svarsfrekvens" && $0[2] == "mal" })
    #expect(item[4...7] == ["184", "184", "1.000000", "100"])
    #expect(rows.filter { $0[0] == "K" && $0[1] == "svarsfrekvens_lan" }.count == 21)
    #expect(rows.filter { $0[0] == "K" && $0[1] == "svarsfrekvens_storlek" }.map { $0[3] }
        == Storleksklass.kommun.map(\.id))
    // The empty enkät: counts of 0, no rate, empty cells.
    let empty = try #require(rows.first { $0[0] == "TOM" && $0[1] == "svarsfrekvens" })
    #expect(empty == ["TOM", "svarsfrekvens", "", "", "0", "0", "", "", ""])
    #expect(!rows.contains { $0[0] == "TOM" && $0[1] == "svarsfrekvens_storlek" })
}

@Test func jsonShape() throws {
    let json = ResponseRates.json(publishedRound())
    guard case .object(let top) = json, case .array(let items)? = top["svarsfrekvens"] else {
        Issue.record("top-level key svarsfrekvens missing")
        return
    }
    #expect(top.keys.sorted() == ["svarsfrekvens"])
    #expect(items.count == 2)
    guard case .object(let k) = items[0] else { return #expect(Bool(false)) }
    #expect(k["enkat"] == .string("K"))
    #expect(k["antal_population"] == .int(290))
    #expect(k["antal_register"] == .int(290))
    #expect(k["antal_svarande"] == .int(184))
    #expect(k["namnare"] == .string("undersokningspopulation"))
    #expect(
        k["andel"]
            == .object([
                "taljare": .int(184), "namnare": .int(290), "kvot": .string("184/290"),
                "decimal": .string("0.634483"), "procent": .int(63), "procent_1": .number("63.4"),
            ]))
    guard case .array(let bortfall)? = k["bortfall"], case .object(let first)? = bortfall.first else {
        return #expect(Bool(false))
    }
    #expect(bortfall.count == 106)
    #expect(first["kod"] == .string(Register.sverige.kommuner[184].kod))
    #expect(first["namn"] == .string(Register.sverige.kommuner[184].namn))
    guard case .object(let tom) = items[1], case .object(let andel)? = tom["andel"] else {
        return #expect(Bool(false))
    }
    #expect(andel["kvot"] == .null)
    #expect(andel["orsak"] == .string("tom_namnare"))
    // Deterministic text: serialising twice gives the same bytes.
    #expect(json.serialized() == ResponseRates.json(publishedRound()).serialized())
}
