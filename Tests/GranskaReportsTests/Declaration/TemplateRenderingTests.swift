import GranskaCore
import Testing

@testable import GranskaReports

/// What the template language does: sections, lists, lines that vanish, markup only from the template.
@Suite("Mallar: utdata")
struct TemplateRenderingTests {
    static func render(_ text: String, input: DeclarationInput = DeclarationFixtures.kkun, format: DeclarationFormat = .markdown)
        throws -> String
    {
        let set = TemplateSet(sources: [TemplateSource(name: "t", file: "t.mall", text: text)])
        #expect(set.errors.isEmpty, "\(set.errors)")
        return format.renderer.render(try Kvalitetsdeklaration.build(input, templates: set))
    }

    @Test("Blocktaggar på egna rader lämnar inga rader efter sig")
    func standaloneLines() throws {
        let text = "A\n\n{{#om svar.sena}}\nB\n{{/om}}\n\nC\n"
        #expect(try Self.render(text) == "A\n\nB\n\nC\n")
        var none = DeclarationFixtures.kkun
        none.svar.answeredInTime += none.svar.answeredLate
        none.svar.answeredLate = 0
        #expect(try Self.render(text, input: none) == "A\n\nC\n")
    }

    @Test("om, annars och sanningsvärden", arguments: [
        ("{{#om svar.sena}}ja{{#annars}}nej{{/om}}", "ja"),
        ("{{#om svar.okanda}}ja{{#annars}}nej{{/om}}", "nej"),  // zero
        ("{{#om tidigare.finns}}ja{{#annars}}nej{{/om}}", "ja"),
        ("{{#om metadata.kodning}}ja{{#annars}}nej{{/om}}", "nej"),  // missing fact
        ("{{#om saknade_uppgifter}}ja{{#annars}}nej{{/om}}", "nej"),  // empty list
        ("{{#om svarsfrekvens.ovagd}}ja{{/om}}", "ja"),
    ])
    func conditions(template: String, expected: String) throws {
        #expect(try Self.render(template) == expected + "\n")
    }

    @Test("varje ser både postens och yttre namn")
    func eachScopes() throws {
        let text = "{{#varje bortfall.partiellt}}\n- {{falt}} i {{enkat.id}}: {{svarsandel}}\n{{/varje}}\n"
        #expect(try Self.render(text) == "- mal i K-KUN: 94\u{00A0}%\n- prestationer i K-KUN: 91\u{00A0}%\n- effekter i K-KUN: 85\u{00A0}%\n- malgrupp i K-KUN: 99\u{00A0}%\n")
    }

    @Test("Tal skrivs på svenska")
    func numberFormats() throws {
        let input = DeclarationFixtures.kkun
        let r = try #require(input.reconciliation)
        let jMax = try #require(r.jMax)
        let text = "x {{avstamning.t_summa}} / {{avstamning.j_max}} / {{enkat.referensar}} / {{jamforelse.svarande}} / {{avstamning.differens}} / {{svarsfrekvens.ovagd}}"
        let expected = "x " + SwedishNumberFormat.kronor(r.targetTotal) + " / " + SwedishNumberFormat.decimal(jMax, places: 4)
            + " / 2024 / +27 / " + SwedishNumberFormat.signed(r.reportedTotal - r.targetTotal) + "\u{00A0}kr / 95\u{00A0}%\n"
        #expect(try Self.render(text, input: input) == expected)
        #expect(SwedishNumberFormat.integer(94_873_872) == "94\u{00A0}873\u{00A0}872")
        #expect(SwedishNumberFormat.integer(-1_000) == "\u{2212}1\u{00A0}000")
        #expect(SwedishNumberFormat.signed(0) == "0")
        #expect(SwedishNumberFormat.decimal(Fraction(-1, 3)!, places: 2) == "\u{2212}0,33")
    }

    @Test("Tabeller delas bara vid mallens egna |")
    func tableCells() throws {
        var input = DeclarationFixtures.kkun
        input.nonResponding[0].namn = "A | B"
        let text = "| Namn | Kod |\n| --- | ---: |\n{{#varje bortfall.ej_svarande}}\n| {{namn}} | {{kod}} |\n{{/varje}}\n"
        let markdown = try Self.render(text, input: input)
        #expect(markdown.hasPrefix("| Namn | Kod |\n| --- | ---: |\n| A \\| B | 0125 |\n"))
        let html = try Self.render(text, input: input, format: .html)
        #expect(html.contains("<tr><td>A | B</td><td class=\"tal\">0125</td></tr>"))
    }

    @Test("Markup i mallen, aldrig i värden")
    func markupOnlyFromTemplates() throws {
        var input = DeclarationFixtures.kkun
        input.enkat.omrade = "**fet** `kod` # x"
        let text = "# Rubrik {{enkat.id}}\n\n**Fet {{enkat.omrade}}** och `kod`.\n\n- punkt\n"
        let markdown = try Self.render(text, input: input)
        #expect(markdown == "# Rubrik K-KUN\n\n**Fet \\*\\*fet\\*\\* \\`kod\\` \\# x** och `kod`.\n\n- punkt\n")
        let html = try Self.render(text, input: input, format: .html)
        #expect(html.contains("<h1>Rubrik K-KUN</h1>\n<p><strong>Fet **fet** `kod` # x</strong> och <code>kod</code>.</p>\n<ul>\n<li>punkt</li>\n</ul>"))
    }

    @Test("Ett ensamt ** blir text")
    func unclosedStrong() throws {
        #expect(try Self.render("a ** b") == "a \\*\\* b\n")
    }

    @Test("Kommentarer syns inte")
    func comments() throws {
        #expect(try Self.render("{{! en kommentar }}\nA {{! inne i texten }}B\n") == "A B\n")
    }

    @Test("Diagram står som egna block")
    func charts() throws {
        let markdown = try Self.render("Före\n{{diagram j_fordelning}}\nEfter\n")
        #expect(markdown.hasPrefix("Före\n\n*Diagram: Fördelningen av justeringsfaktorn J = T/S.* Histogram"))
        #expect(markdown.hasSuffix("\n\nEfter\n"))
    }

    @Test("Uppgifter som inte finns skrivs ut som sådana")
    func absentValues() throws {
        let input = DeclarationFixtures.emptyPopulation
        #expect(try Self.render("{{svarsfrekvens.ovagd}} / {{enkat.sista_svarsdag}}", input: input) == "ej tillämpligt / uppgift saknas\n")
    }
}
