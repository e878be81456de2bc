import GranskaCore
import GranskaParsing
import GranskaRules
import GranskaTestSupport
import Testing

@testable import GranskaMetrics

/// The rates written straight into a JSONStreamWriter are byte for byte the serialised `json`
/// values: on the example round (with and without the rules' cleaning, both bases) and on a round
/// with an empty enkät (rates that cannot be formed), pretty and compact, alone and as the
/// `svarsfrekvens` document.
@Suite struct JSONStreamTests {
    static func rateSets() throws -> [[Svarsfrekvens]] {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        var edge = RoundBuilder()
        edge.enkat("K", .kommun)
        edge.enkat("TOM", .region)
        edge.enkat("N", .kommun, sista: nil)
        edge.rekvisition("K", "0114")
        edge.rekvisition("N", "0114", fordelat: -5)
        edge.insats("K", "0114", medel: "")
        edge.insats("K", "9999")
        edge.insats("N", "0114", inskickad: "sen")
        let e = edge.omgang
        return [
            ResponseRates.compute(omgang, svar: outcome.svar, rensning: outcome.rensning),
            ResponseRates.compute(omgang, svar: outcome.svar, rensning: Rensning(), settings: RateSettings(denominator: .registerpopulation)),
            ResponseRates.compute(e, svar: e.svar(), rensning: Rensning()),
        ]
    }

    @Test func eachRateObjectMatchesItsValue() throws {
        for rates in try Self.rateSets() {
            #expect(!rates.isEmpty)
            for r in rates {
                for pretty in [true, false] {
                    var w = JSONStreamWriter(pretty: pretty)
                    r.write(to: &w)
                    #expect(w.bytes == r.json.serializedBytes(pretty: pretty), "\(r.enkat)")
                }
            }
        }
    }

    @Test func theDocumentMatchesItsValue() throws {
        for rates in try Self.rateSets() {
            var streamed: [UInt8] = []
            JSONValue.streamObject(
                ["version": .int(1)], arrayKey: ResponseRates.jsonArrayKey, count: rates.count, chunk: 64,
                write: { w, i in rates[i].write(to: &w) }, emit: { streamed += $0 })
            guard case .object(var members) = ResponseRates.json(rates) else { return #expect(Bool(false)) }
            members["version"] = .int(1)
            #expect(streamed == JSONValue.object(members).serializedBytes())
        }
    }
}
