import GranskaCore
import Testing

@testable import GranskaMetrics

/// Two respondents and one ej_rekvirerat unit; blanks placed by hand.
///
/// Respondent 01 (counting submission, 3 insatser): #1 complete; #2 `mal` blank and `effekter`
/// only spaces; #3 removed (strukna) with every optional field blank. Its earlier submission has
/// `malgrupp` blank (set aside, not counted).
/// Respondent 03 (1 insats): `mal`, `effekter` and `medel` blank; excluded (uteslutna) — still
/// counted, since a blank is item non-response whatever the rules did with the insats.
/// Unit 04 (no rekvisition) answers with everything blank: not a respondent, not counted.
@Test func itemResponsePerField() throws {
    var b = RoundBuilder()
    b.enkat("R", .region)
    b.rekvisition("R", "01")
    b.rekvisition("R", "03")
    b.insats("R", "01", inskickad: "2025-03-01T09:00", nr: 1, malgrupp: "")
    b.insats("R", "01", inskickad: "2025-03-02T09:00", nr: 1)
    b.insats("R", "01", inskickad: "2025-03-02T09:00", nr: 2, mal: "", effekter: "  \u{00A0}")
    let removed = b.insats(
        "R", "01", inskickad: "2025-03-02T09:00", nr: 3, mal: "", prestationer: "", effekter: "", malgrupp: "")
    let excluded = b.insats("R", "03", mal: "", effekter: "", medel: "")
    b.insats("R", "04", titel: "", aktiviteter: "", mal: "", prestationer: "", effekter: "", status: "", malgrupp: "", medel: "")
    var rensning = Rensning()
    rensning.strukna[removed] = "dubblett"
    rensning.uteslutna[excluded] = "ofullstandig"
    let omgang = b.omgang
    let r = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: rensning)[0]

    #expect(r.antalSvarande == 2)
    #expect(r.antalInsatser == 3)
    #expect(r.partiellt.map(\.falt) == Insats.answerFields)
    let byField = Dictionary(uniqueKeysWithValues: r.partiellt.map { ($0.falt, $0) })
    let expected: [String: (insatser: Int, respondenter: Int)] = [
        "titel": (3, 2), "aktiviteter": (3, 2), "mal": (1, 1), "prestationer": (3, 2),
        "effekter": (1, 1), "status": (3, 2), "malgrupp": (3, 2), "medel": (2, 1),
    ]
    for (falt, want) in expected {
        let item = try #require(byField[falt])
        #expect(item.insatserBesvarade == want.insatser, "\(falt)")
        #expect(item.antalInsatser == 3, "\(falt)")
        #expect(item.respondenterBesvarade == want.respondenter, "\(falt)")
        #expect(item.antalRespondenter == 2, "\(falt)")
    }
    let mal = try #require(byField["mal"])
    #expect(mal.andelInsatser.andel?.description == "1/3")
    #expect(mal.bortfallInsatser.andel?.description == "2/3")
    #expect(mal.andelRespondenter.andel?.description == "1/2")
    // Blank cells: mal 2, effekter 2, medel 1 = 5 of 3 × 8 = 24.
    #expect(r.partielltBortfall.andel?.description == "5/24")
}

@Test func itemRatesWithoutRespondents() {
    var b = RoundBuilder()
    b.enkat("R", .region)
    b.rekvisition("R", "01")
    let omgang = b.omgang
    let r = ResponseRates.compute(omgang, svar: omgang.svar(), rensning: Rensning())[0]
    #expect(r.partiellt.count == Insats.answerFields.count)
    #expect(r.partiellt.allSatisfy { $0.andelInsatser.andel == nil && $0.andelRespondenter.andel == nil })
    #expect(r.partiellt.allSatisfy { $0.andelInsatser.orsak == .tomNamnare })
}
