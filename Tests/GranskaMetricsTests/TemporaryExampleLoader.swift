import Foundation
import GranskaCore
import GranskaTestSupport

// Stand-in until the round loader lands on main: builds the example Omgang from the test's own
// CSV reading. Only the fields the metrics read are filled.
func loadExampleRound() throws -> Omgang {
    let dir = Fixtures.exampleRound
    let loc = SourceLocation(file: "x", line: 1)
    let enkater = try ExampleCounts.table(dir.appendingPathComponent("omgang.csv"), ";").map {
        Enkat(
            id: $0["enkat"]!, population: PopulationTyp(cell: $0["population"]!)!, omrade: $0["omrade"]!,
            referensar: nil, sistaSvarsdag: Datum(iso: $0["sista_svarsdag"]!), insamlingStart: nil,
            insamlingSlut: nil, paminnelser: nil, location: loc)
    }
    let insatser = try ExampleCounts.table(dir.appendingPathComponent("svar.csv"), ";").map {
        Insats(
            enkat: $0["enkat"]!, respondent: $0["respondent"]!, inskickad: Tidpunkt(iso: $0["inskickad"]!),
            inskickadText: $0["inskickad"]!, insatsNr: Int($0["insats_nr"]!), insatsNrText: $0["insats_nr"]!,
            titel: $0["titel"]!, aktiviteter: $0["aktiviteter"]!, mal: $0["mal"]!, prestationer: $0["prestationer"]!,
            effekter: $0["effekter"]!, status: $0["status"]!, malgrupp: $0["malgrupp"]!,
            medel: Belopp(text: $0["medel"]!, kronor: nil, tolkning: .olaslig), location: loc)
    }
    let rekvisitioner = try ExampleCounts.table(dir.appendingPathComponent("rekvisitioner.csv"), ";").map {
        Rekvisition(
            enkat: $0["enkat"]!, respondent: $0["respondent"]!, fordelat: Kronor($0["fordelat"]!)!,
            rekvirerat: Kronor($0["rekvirerat"]!)!, aterbetalt: Kronor($0["aterbetalt"]!)!, location: loc)
    }
    return Omgang(directory: dir.path, enkater: enkater, insatser: insatser, rekvisitioner: rekvisitioner)
}
