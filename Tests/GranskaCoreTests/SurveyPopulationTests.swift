import GranskaTestSupport
import Testing

@testable import GranskaCore

/// `rekvisitionerPerUnit` and `surveyPopulation` against their definition, one `rekvisition(_:)`
/// lookup per register unit, on seeded random rekvisitioner: repeated pairs (the first counts),
/// codes outside the register, spellings equal only as Strings, rekvirerat 0.
@Suite struct SurveyPopulationTests {
    static let register = Register(
        referensdatum: "2024-12-31",
        kommuner: ["0114", "0115", "0117", "ö1", "0180"].enumerated().map { i, kod in
            RegisterEnhet(kod: kod, namn: "K\(i)", lanskod: "01", folkmangd: 1000 * (i + 1))
        },
        lan: [RegisterEnhet(kod: "01", namn: "L", lanskod: "01", folkmangd: 5, region: "R")])

    @Test func matchesALookupPerUnit() {
        var random = SeededGenerator(seed: 41)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        let location = SourceLocation(file: "r.csv", line: 1)
        let enkater = [
            Enkat(id: "K", population: .kommun, omrade: "", referensar: nil, sistaSvarsdag: nil, insamlingStart: nil,
                  insamlingSlut: nil, paminnelser: nil, location: location),
            Enkat(id: "L", population: .lan, omrade: "", referensar: nil, sistaSvarsdag: nil, insamlingStart: nil,
                  insamlingSlut: nil, paminnelser: nil, location: location),
        ]
        for _ in 0..<200 {
            let rekvisitioner = (0..<Int(random.next() % 12)).map { _ in
                Rekvisition(
                    enkat: pick(["K", "L", "X"]), respondent: pick(["0114", "0115", "0180", "9999", "01", "ö1", "o\u{308}1"]),
                    fordelat: 10, rekvirerat: pick([0, 5, 100]), aterbetalt: 0, location: location)
            }
            let omgang = Omgang(
                directory: "t", enkater: enkater, insatser: [], rekvisitioner: rekvisitioner, register: Self.register)
            for e in enkater {
                let units = Self.register.units(e.population)
                let expected = units.map { omgang.rekvisition(SvarKey(enkat: e.id, respondent: $0.kod)) }
                #expect(omgang.rekvisitionerPerUnit(e.id) == expected)
                #expect(omgang.surveyPopulation(e.id) == units.filter {
                    (omgang.rekvisition(SvarKey(enkat: e.id, respondent: $0.kod))?.rekvirerat ?? 0) > 0
                })
            }
            #expect(omgang.rekvisitionerPerUnit("X").isEmpty && omgang.surveyPopulation("X").isEmpty)
        }
    }
}
