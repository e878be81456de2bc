import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaReports

/// Templates and `deklaration.txt` are user input: broken or random input gives errors with
/// positions, never a crash or a hang.
@Suite("Mallar och deklaration.txt tål trasig indata")
struct RobustnessTests {
    static let templateFragments = [
        "{{", "}}", "{{#om ", "{{#varje ", "{{/om}}", "{{/varje}}", "{{#annars}}", "svar.sena", "lan", "namn", "}}", "\n",
        " ", "|", "- ", "# ", "**", "`", "x", "{{diagram s_mot_t}}", "å", "{{!", "enkat.id", ".", "\r\n", "{{lan}}",
        "{{namn}}", "{{#varje lan}}", "{{#om tidigare.finns}}",
    ]

    @Test("Slumpade mallar: fel med position eller en välformad deklaration")
    func randomTemplates() throws {
        var rng = SeededGenerator(seed: 7)
        let input = DeclarationFixtures.kkun
        var built = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(1 + rng.next(below: 30)) {
                text += Self.templateFragments[rng.next(below: Self.templateFragments.count)]
            }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            let set = TemplateSet(sources: [TemplateSource(name: "t", file: "t.mall", text: text)])
            if set.errors.isEmpty {
                let document = try Kvalitetsdeklaration.build(input, templates: set)
                built += 1
                let html = HTMLRenderer().render(document)
                #expect(HTMLBalance.problems(in: html).isEmpty, "\(text.debugDescription)")
                _ = MarkdownRenderer().render(document)
            } else {
                for e in set.errors {
                    let line = e.location?.line ?? 1
                    #expect(line >= 1 && line <= lines + 1, "\(e) i \(text.debugDescription)")
                    #expect((e.location?.column ?? 1) >= 1)
                }
            }
        }
        #expect(built > 20)
    }

    @Test("Varje inbyggd mall med en tagg bruten ger fel, inte en krasch")
    func brokenStandardTemplates() {
        for source in EmbeddedTemplates.sources {
            var searchStart = source.text.startIndex
            while let range = source.text.range(of: "}}", range: searchStart..<source.text.endIndex) {
                var broken = source.text
                broken.replaceSubrange(range, with: "}")
                let set = TemplateSet(sources: [TemplateSource(name: source.name, file: source.file, text: broken)])
                #expect(!set.errors.isEmpty, "\(source.file): att ta bort en '}' gav inget fel")
                searchStart = range.upperBound
            }
        }
    }

    static let metadataFragments = [
        "syfte", "kontakt", ":", " ", "\t", "\n", "[", "]", "K-KUN", "#", "värde", "å", "\r", "\u{7}", "[K-KUN]\n", "syfte: x\n",
        "  mer\n", "\u{FEFF}", ";", "<&\"'>",
    ]

    @Test("Slumpad deklaration.txt: fel med position eller värden")
    func randomMetadata() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<(1 + rng.next(below: 25)) {
                text += Self.metadataFragments[rng.next(below: Self.metadataFragments.count)]
            }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            let result = MetadataReader.parse(Array(text.utf8), file: "d.txt", knownEnkater: ["K-KUN"])
            for e in result.errors {
                #expect((e.location?.line ?? 1) <= lines + 1, "\(e) i \(text.debugDescription)")
            }
            for value in result.metadata.common.values { #expect(!value.isBlank) }
        }
    }

    @Test("Slumpade bytes")
    func randomBytes() {
        var rng = SeededGenerator(seed: 13)
        for _ in 0..<300 {
            let bytes = (0..<rng.next(below: 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            _ = MetadataReader.parse(bytes, file: "d.txt")
            if case .success(let text) = UTF8Text.decode(bytes, file: "t.mall", errorID: "mall.ogiltig-utf8") {
                _ = TemplateSet(sources: [TemplateSource(name: "t", file: "t.mall", text: text)])
            }
        }
    }

    @Test("Extrema värden ger ingen krasch")
    func extremeValues() throws {
        var input = DeclarationFixtures.fullResponse
        let huge = Kronor.max
        input.points = [
            RespondentPoint(kod: "01", namn: "A", reported: huge, target: 1, j: Fraction(1, Int64.max)),
            RespondentPoint(kod: "02", namn: "B", reported: 0, target: -5, j: Fraction(Int64.max, 1)),
            RespondentPoint(kod: "03", namn: "C", reported: -huge, target: huge, j: Fraction(0, 1)),
        ]
        input.reconciliation?.reportedTotal = Kronor.min
        input.reconciliation?.targetTotal = Kronor.max
        input.previous?.targetTotal = Kronor.min
        let document = try Kvalitetsdeklaration.build(input)
        for format in DeclarationFormat.allCases { _ = format.renderer.render(document) }
        #expect(HTMLBalance.problems(in: HTMLRenderer().render(document)).isEmpty)
    }
}
