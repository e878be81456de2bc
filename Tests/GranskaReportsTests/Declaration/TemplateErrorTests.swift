import GranskaCore
import Testing

@testable import GranskaReports

/// Every template error, with the position it points at (1-based line, 1-based column in characters).
@Suite("Mallar: fel")
struct TemplateErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let errors: [(String, Int, Int)]
        var testDescription: String { label }
    }

    static func deep(_ n: Int) -> String {
        String(repeating: "{{#om svar.sena}}\n", count: n) + String(repeating: "{{/om}}\n", count: n)
    }

    static let cases: [Case] = [
        Case(label: "okänd del av ett namn", text: "Hej {{enkat.idd}}", errors: [("mall.okant-namn", 1, 13)]),
        Case(label: "okänt namn", text: "\n  {{svarr.sena}}", errors: [("mall.okant-namn", 2, 5)]),
        Case(label: "okänt namn med blanksteg", text: "{{  svarr }}", errors: [("mall.okant-namn", 1, 5)]),
        Case(label: "oavslutad platshållare", text: "a {{enkat.id\nb", errors: [("mall.oavslutad-platshallare", 1, 3)]),
        Case(label: "tom platshållare", text: "x\n{{ }}", errors: [("mall.tom-platshallare", 2, 1)]),
        Case(label: "ogiltigt tecken", text: "{{enkat-id}}", errors: [("mall.ogiltigt-namn", 1, 8)]),
        Case(label: "tom del", text: "{{enkat..id}}", errors: [("mall.ogiltigt-namn", 1, 3)]),
        Case(label: "okänt block", text: "{{#omm svar.sena}}", errors: [("mall.okant-block", 1, 1)]),
        Case(label: "okänt slut", text: "{{/foo}}", errors: [("mall.okant-block", 1, 1)]),
        Case(
            label: "block utan namn", text: "{{#om}}\n{{/om}}",
            errors: [("mall.saknar-namn", 1, 1), ("mall.fel-avslut", 2, 1)]),
        Case(label: "oavslutat block", text: "x\n{{#om svar.sena}}\ny", errors: [("mall.oavslutat-block", 2, 1)]),
        Case(
            label: "fel slut", text: "{{#om svar.sena}}{{/varje}}{{/om}}", errors: [("mall.fel-avslut", 1, 18)]),
        Case(label: "slut utan början", text: "{{/om}}", errors: [("mall.fel-avslut", 1, 1)]),
        Case(label: "slut med namn", text: "{{#om svar.sena}}\n{{/om x}}\n{{/om}}", errors: [("mall.avslut-med-namn", 2, 7)]),
        Case(label: "annars utanför om", text: "{{#annars}}", errors: [("mall.annars-utanfor", 1, 1)]),
        Case(
            label: "annars i varje", text: "{{#varje lan}}{{#annars}}{{/varje}}", errors: [("mall.annars-utanfor", 1, 15)]),
        Case(
            label: "två annars", text: "{{#om svar.sena}}a{{#annars}}b{{#annars}}c{{/om}}",
            errors: [("mall.dubbel-annars", 1, 31)]),
        Case(label: "annars med namn", text: "{{#om svar.sena}}{{#annars x}}{{/om}}", errors: [("mall.annars-med-namn", 1, 28)]),
        Case(label: "varje över ett värde", text: "{{#varje svar}}{{/varje}}", errors: [("mall.inte-lista", 1, 10)]),
        Case(label: "en lista som värde", text: "{{lan}}", errors: [("mall.ar-lista", 1, 3)]),
        Case(label: "en grupp som värde", text: "{{enkat}}", errors: [("mall.ar-grupp", 1, 3)]),
        Case(label: "postens namn utanför listan", text: "{{namn}}", errors: [("mall.okant-namn", 1, 3)]),
        Case(
            label: "okänt namn i en lista", text: "{{#varje lan}}\n| {{nman}} |\n{{/varje}}", errors: [("mall.okant-namn", 2, 5)]),
        Case(label: "okänt diagram", text: "{{diagram svar_per_lann}}", errors: [("mall.okant-diagram", 1, 11)]),
        Case(label: "diagram inte ensamt", text: "text {{diagram s_mot_t}}", errors: [("mall.diagram-egen-rad", 1, 6)]),
        Case(label: "för djupt", text: deep(TemplateParser.maxDepth + 1), errors: [("mall.for-djup", TemplateParser.maxDepth + 1, 1)]),
        Case(
            label: "för lång tagg", text: "{{" + String(repeating: "x", count: 300) + "}}",
            errors: [("mall.for-lang-tagg", 1, 1)]),
        Case(
            label: "flera fel i ordning", text: "{{a}}\n{{#om b}}\n{{c.d}}\n{{/om}}",
            errors: [("mall.okant-namn", 1, 3), ("mall.okant-namn", 2, 7), ("mall.okant-namn", 3, 3)]),
        Case(label: "kolumn i tecken", text: "åäö {{x}}", errors: [("mall.okant-namn", 1, 7)]),
    ]

    static func errors(_ text: String) -> [InputError] {
        TemplateSet(sources: [TemplateSource(name: "t", file: "mall/t.mall", text: text)]).errors
    }

    @Test("Fel med position", arguments: cases)
    func errorPositions(_ c: Case) {
        let got = Self.errors(c.text)
        #expect(got.map(\.id) == c.errors.map(\.0), "\(got)")
        #expect(got.map { $0.location?.line ?? 0 } == c.errors.map(\.1), "\(got)")
        #expect(got.map { $0.location?.column ?? 0 } == c.errors.map(\.2), "\(got)")
        for e in got {
            #expect(e.file == "mall/t.mall")
            #expect(e.description.hasPrefix("mall/t.mall:"))
        }
    }

    @Test("Meddelanden föreslår närliggande namn")
    func suggestions() {
        #expect(Self.errors("{{enkat.idd}}").first?.message.contains("Menade du 'enkat.id'?") == true)
        #expect(Self.errors("{{svarsfrekvens.ovagt}}").first?.message.contains("Menade du 'svarsfrekvens.ovagd'?") == true)
        #expect(Self.errors("{{#omm x}}").first?.message.contains("Menade du '#om'?") == true)
        #expect(Self.errors("{{diagram s_mot_tt}}").first?.message.contains("Menade du 's_mot_t'?") == true)
    }

    @Test("För stor mall")
    func tooLarge() {
        let got = Self.errors(String(repeating: "a", count: TemplateParser.maxBytes + 1))
        #expect(got.map(\.id) == ["mall.for-stor"])
    }

    @Test("Ett fel i mallarna stoppar bygget med alla fel")
    func buildReportsTemplateErrors() {
        let set = TemplateSet(sources: [
            TemplateSource(name: "a", file: "a.mall", text: "{{x}}"), TemplateSource(name: "b", file: "b.mall", text: "{{#om y}}"),
        ])
        do {
            _ = try Kvalitetsdeklaration.build(DeclarationFixtures.kkun, templates: set)
            Issue.record("bygget borde ha misslyckats")
        } catch {
            // b.mall does not parse, so its names are not checked.
            #expect(error.errors.map(\.id) == ["mall.okant-namn", "mall.oavslutat-block"])
            #expect(error.description.contains("a.mall:1:3: error: Okänt namn 'x'."))
        }
    }

    @Test("Mallen får inte växa utan gräns")
    func expansionBudget() {
        let body = "{{#varje lan}}{{#varje lan}}{{#varje lan}}{{#varje lan}}{{#varje lan}}{{namn}}"
            + "{{/varje}}{{/varje}}{{/varje}}{{/varje}}{{/varje}}"
        let set = TemplateSet(sources: [TemplateSource(name: "t", file: "t.mall", text: body)])
        #expect(set.errors.isEmpty)
        do {
            _ = try Kvalitetsdeklaration.build(DeclarationFixtures.kkun, templates: set)
            Issue.record("bygget borde ha misslyckats")
        } catch {
            #expect(error.errors.map(\.id) == ["mall.for-stort-resultat"])
            #expect(error.errors.first?.location?.line == 1)
            #expect(error.errors.first?.location?.column == 10)
        }
    }
}
