import Foundation
import GranskaCore
import Testing

@testable import GranskaReports

/// Properties every rendered declaration must have, checked on every fixture.
@Suite("Kvalitetsdeklaration: innehåll")
struct DeclarationContentTests {
    static let names = DeclarationFixtures.all.map(\.name)

    static func document(_ name: String) throws -> DeclarationDocument {
        let input = try #require(DeclarationFixtures.all.first { $0.name == name }?.input)
        return try Kvalitetsdeklaration.build(input)
    }

    /// Numbers as the Markdown writes them (digit groups joined by no-break spaces, a decimal
    /// comma) and as JSON holds them, normalised to digits with a decimal point, without sign.
    static func numbers(inText text: String) -> Set<String> {
        var out = Set<String>()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < scalars.count && scalars[k].value >= 0x30 && scalars[k].value <= 0x39 }
        while i < scalars.count {
            guard isDigit(i) else {
                i += 1
                continue
            }
            var token = ""
            while true {
                while isDigit(i) {
                    token.unicodeScalars.append(scalars[i])
                    i += 1
                }
                // A digit group after a no-break space continues the number.
                if i < scalars.count, scalars[i] == "\u{00A0}", isDigit(i + 1), isDigit(i + 2),
                    isDigit(i + 3), !isDigit(i + 4)
                {
                    i += 1
                    continue
                }
                break
            }
            // A decimal part.
            if i < scalars.count, scalars[i] == "," || scalars[i] == ".", isDigit(i + 1) {
                token += "."
                i += 1
                while isDigit(i) {
                    token.unicodeScalars.append(scalars[i])
                    i += 1
                }
            }
            out.insert(token)
        }
        return out
    }

    @Test("Varje tal i Markdown finns i JSON", arguments: names)
    func everyNumberIsInTheJSON(name: String) throws {
        let document = try Self.document(name)
        let markdown = MarkdownRenderer().render(document)
        // The JSON as written (so `1.0000` stays `1.0000`), without `version`, which is no figure.
        let json = JSONRenderer().render(document).split(separator: "\n")
            .filter { !$0.hasPrefix("  \"version\":") }.joined(separator: "\n")
        let available = Self.numbers(inText: json)
        let printed = Self.numbers(inText: markdown)
        #expect(!printed.isEmpty)
        let missing = printed.subtracting(available).sorted()
        #expect(missing.isEmpty, "Tal i Markdown som saknas i JSON: \(missing)")
    }

    @Test("Talläsaren läser svenska tal", arguments: [
        ("94\u{00A0}873\u{00A0}872 kr", ["94873872"]),
        ("1,0129 och 95\u{00A0}%", ["1.0129", "95"]),
        ("2025-04-04", ["2025", "04"]),
        ("272 290", ["272", "290"]),
        ("\u{2212}8\u{00A0}056\u{00A0}369 kr", ["8056369"]),
    ])
    func numberReader(text: String, expected: [String]) {
        #expect(Self.numbers(inText: text) == Set(expected))
    }

    @Test("HTML:en är fristående och välformad", arguments: names)
    func htmlIsSelfContained(name: String) throws {
        let html = HTMLRenderer().render(try Self.document(name))
        let lower = html.lowercased()
        for forbidden in ["http", "src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe", "<object"] {
            #expect(!lower.contains(forbidden), "HTML innehåller \(forbidden)")
        }
        #expect(lower.contains("@media print"))
        #expect(HTMLBalance.problems(in: html).isEmpty, "\(HTMLBalance.problems(in: html))")
    }

    @Test("Varje diagram har titel, beskrivning och axeltitlar")
    func chartsHaveTextAlternatives() throws {
        let html = HTMLRenderer().render(try Self.document("k-kun"))
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        #expect(svgs.count == 3)
        for svg in svgs {
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("<title id="))
            #expect(svg.contains("<desc id="))
            #expect(svg.components(separatedBy: "class=\"axeltitel\"").count == 3)
        }
    }

    @Test("Balanskontrollen hittar fel")
    func balanceCheckFindsProblems() {
        #expect(!HTMLBalance.problems(in: "<p><b>x</p></b>").isEmpty)
        #expect(!HTMLBalance.problems(in: "<div><p>x</p>").isEmpty)
        #expect(!HTMLBalance.problems(in: "</p>").isEmpty)
        #expect(HTMLBalance.problems(in: "<!DOCTYPE html><p>a<br>b<svg><line/></svg></p>").isEmpty)
    }

    @Test("Datumet skrivs bara när det ges")
    func generationDateOnlyWhenAsked() throws {
        var input = DeclarationFixtures.kkun
        input.generatedAt = nil
        let without = MarkdownRenderer().render(try Kvalitetsdeklaration.build(input))
        #expect(!without.contains("Genererad"))
        input.generatedAt = "2025-05-02"
        let with = try Kvalitetsdeklaration.build(input)
        #expect(MarkdownRenderer().render(with).contains("Genererad 2025-05-02 av granska."))
        #expect(JSONRenderer().render(with).contains("\"genererad\": \"2025-05-02\""))
    }

    @Test("Saknade uppgifter sägs, aldrig påhittade")
    func missingFactsAreSaid() throws {
        var input = DeclarationFixtures.kkun
        input.metadata[.syfte] = nil
        input.metadata[.kodning] = nil
        let document = try Kvalitetsdeklaration.build(input)
        #expect(document.missing == [.syfte])
        let markdown = MarkdownRenderer().render(document)
        #expect(markdown.contains("**Uppgift saknas: syfte.** Lägg till `syfte:` i deklaration.txt."))
        let html = HTMLRenderer().render(document)
        #expect(html.contains("<span class=\"saknas\"><strong>Uppgift saknas: syfte.</strong> Lägg till <code>syfte:</code>"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(document).utf8)) as? [String: Any])
        let metadata = try #require(json["metadata"] as? [String: Any])
        #expect(metadata["syfte"] is NSNull)
    }

    @Test("Både register- och undersökningspopulationen står i texten")
    func bothPopulationSizes() throws {
        let markdown = MarkdownRenderer().render(try Self.document("k-kun"))
        #expect(markdown.contains("Registret omfattar 290 kommuner"))
        #expect(markdown.contains("Av dem hade 272 rekvirerat medel"))
        #expect(markdown.contains("svarade 258, vilket ger en svarsfrekvens på **95\u{00A0}%**"))
    }

    @Test("Fientlig text blir aldrig markup", arguments: [DeclarationFormat.markdown, .html])
    func hostileTextIsEscaped(format: DeclarationFormat) throws {
        let out = format.renderer.render(try Self.document("kant-noll"))
        if format == .html {
            #expect(!out.contains("<script>"))
            #expect(!out.contains("<b>"))
            #expect(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;citat&quot;"))
        } else {
            #expect(out.contains(#"\<script>alert('x')\</script> & "citat" ; \|rör\| \*stjärna\*"#))
            // Every `<` from the data is escaped; the templates themselves write none.
            let unescaped = out.indices.filter { i in
                out[i] == "<" && (i == out.startIndex || out[out.index(before: i)] != "\\")
            }
            #expect(unescaped.isEmpty)
        }
    }

    @Test("Filnamn per enkät och format")
    func fileNames() {
        #expect(Kvalitetsdeklaration.fileName(enkat: "K-KUN", format: .markdown) == "kvalitetsdeklaration-K-KUN.md")
        #expect(Kvalitetsdeklaration.fileName(enkat: "K-KUN", format: .html) == "kvalitetsdeklaration-K-KUN.html")
        #expect(Kvalitetsdeklaration.fileName(enkat: "K-KUN", format: .json) == "kvalitetsdeklaration-K-KUN.json")
        #expect(Kvalitetsdeklaration.fileName(enkat: "../a/b", format: .json) == "kvalitetsdeklaration-.._a_b.json")
        #expect(Kvalitetsdeklaration.fileName(enkat: "..", format: .markdown) == "kvalitetsdeklaration-_...md")
        #expect(Kvalitetsdeklaration.fileName(enkat: "", format: .markdown) == "kvalitetsdeklaration-_.md")
    }

    @Test("Motsägelsefull indata ger ett fel, ingen deklaration")
    func inconsistentInput() {
        var input = DeclarationFixtures.kkun
        input.svar.notAnswered += 1
        #expect(throws: DeclarationError.self) { try Kvalitetsdeklaration.build(input) }
        do {
            _ = try Kvalitetsdeklaration.build(input)
        } catch {
            #expect(error.errors.map(\.id) == ["deklaration.inkonsekvent-indata"])
        }
        var negative = DeclarationFixtures.kkun
        negative.cleaning.signCorrections = -1
        #expect(throws: DeclarationError.self) { try Kvalitetsdeklaration.build(negative) }
    }

    @Test("Tidigare omgång läses ur en deklarations JSON")
    func previousRoundFromJSON() throws {
        let document = try Self.document("k-kun")
        let json = JSONRenderer().render(document)
        let previous = try PreviousRoundSummary(declarationJSON: Array(json.utf8), file: "k.json")
        let input = DeclarationFixtures.kkun
        #expect(previous.label == "omgång 2024")
        #expect(previous.referensar == 2024)
        #expect(previous.registerPopulation == 290)
        #expect(previous.surveyPopulation == 272)
        #expect(previous.answered == input.svar.answered)
        #expect(previous.unweighted == input.rates.unweighted)
        #expect(previous.byFordelat == input.rates.byFordelat)
        #expect(previous.targetTotal == input.reconciliation?.targetTotal)
        #expect(previous.reportedTotal == input.reconciliation?.reportedTotal)
        #expect(previous.insatser == 800)
        #expect(throws: InputError.self) { try PreviousRoundSummary(declarationJSON: Array("{]".utf8), file: "x.json") }
        #expect(throws: InputError.self) {
            try PreviousRoundSummary(declarationJSON: Array(#"{"format": "annat"}"#.utf8), file: "x.json")
        }
        #expect(throws: InputError.self) {
            try PreviousRoundSummary(
                declarationJSON: Array(#"{"format": "granska.kvalitetsdeklaration", "population": {}}"#.utf8), file: "x.json")
        }
    }
}

/// A simple well-formedness check: every non-void element closes, in order.
enum HTMLBalance {
    static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "area", "base", "col", "source", "wbr"]

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                problems.append("'<' utan '>'")
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            let selfClosing = tag.hasSuffix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if tag.hasPrefix("/") {
                if stack.last == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> men öppen är <\(stack.last ?? "–")>")
                }
            } else if !selfClosing && !void.contains(name) {
                stack.append(name)
            }
        }
        if !stack.isEmpty { problems.append("ej stängda: \(stack)") }
        return problems
    }
}
