import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaReports

/// The shipped templates, their embedded copy, and a user's folder of replacements.
@Suite("Mallar: inbyggda och egna")
struct TemplateSetTests {
    @Test("De inbyggda mallarna är felfria")
    func standardTemplatesAreValid() {
        #expect(TemplateSet.standard.errors.isEmpty, "\(TemplateSet.standard.errors)")
        #expect(TemplateSet.standard.sources.count == 8)
    }

    @Test("Den inbäddade kopian är densamma som Reports/*.mall (kör Scripts/generate-templates.py)")
    func embeddedCopyMatchesFiles() throws {
        let dir = Fixtures.root.appendingPathComponent("Reports")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".mall") }.sorted()
        let embedded = EmbeddedTemplates.sources
        #expect(embedded.map { $0.name + ".mall" } == files)
        for source in embedded {
            let data = try #require(FileManager.default.contents(atPath: dir.appendingPathComponent(source.name + ".mall").path))
            #expect(
                source.text == String(decoding: data, as: UTF8.self),
                "Reports/\(source.name).mall skiljer sig från den inbäddade kopian; kör python3 Scripts/generate-templates.py")
            #expect(source.file == "Reports/\(source.name).mall")
        }
    }

    @Test("Mallarnas fasta text innehåller inga siffror (alla tal kommer ur data)")
    func templateTextHasNoDigits() {
        for source in EmbeddedTemplates.sources {
            for (i, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Digits inside placeholders and comments are names, not figures.
                let outside = line.replacing(/\{\{[^}]*\}\}/, with: "")
                #expect(!outside.contains { $0.isNumber }, "\(source.file):\(i + 1): \(line)")
            }
        }
    }

    @Test("En egen mapp ersätter mallar med samma namn")
    func overrides() throws {
        let dir = try Fixtures.temporaryDirectory("mallar")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("## Egen inledning\n\nVår text om {{enkat.id}}.\n".utf8).write(to: dir.appendingPathComponent("01-inledning.mall"))
        try Data("inte en mall".utf8).write(to: dir.appendingPathComponent("LÄSMIG.txt"))
        let set = try TemplateSet.loading(overridesIn: dir)
        let markdown = MarkdownRenderer().render(try Kvalitetsdeklaration.build(DeclarationFixtures.kkun, templates: set))
        #expect(markdown.contains("## Egen inledning\n\nVår text om K-KUN.\n"))
        #expect(!markdown.contains("Den här deklarationen beskriver"))
        #expect(markdown.contains("## Omfattning"))
    }

    @Test("Fel i en egen mall pekar ut fil, rad och kolumn")
    func overrideErrors() throws {
        let dir = try Fixtures.temporaryDirectory("mallar")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("02-omfattning.mall")
        try Data("## Omfattning\n\n{{population.registret}}\n".utf8).write(to: path)
        do {
            _ = try TemplateSet.loading(overridesIn: dir)
            Issue.record("borde ha misslyckats")
        } catch {
            #expect(error.errors.map(\.id) == ["mall.okant-namn"])
            #expect(error.errors.first?.location == GranskaCore.SourceLocation(file: path.path, line: 3, column: 14))
            #expect(error.errors.first?.message.contains("Menade du 'population.register'?") == true)
        }
    }

    @Test("En okänd mallfil är ett fel")
    func unknownTemplateFile() throws {
        let dir = try Fixtures.temporaryDirectory("mallar")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("01-inledningen.mall"))
        do {
            _ = try TemplateSet.loading(overridesIn: dir)
            Issue.record("borde ha misslyckats")
        } catch {
            #expect(error.errors.map(\.id) == ["mall.okand-mall"])
            #expect(error.errors.first?.message.contains("Menade du '01-inledning.mall'?") == true)
        }
    }

    @Test("Ogiltig UTF-8 i en egen mall")
    func invalidUTF8() throws {
        let dir = try Fixtures.temporaryDirectory("mallar")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x61, 0x0A, 0x62, 0xC3, 0x28]).write(to: dir.appendingPathComponent("07-tillganglighet.mall"))
        do {
            _ = try TemplateSet.loading(overridesIn: dir)
            Issue.record("borde ha misslyckats")
        } catch {
            #expect(error.errors.map(\.id) == ["mall.ogiltig-utf8"])
            #expect(error.errors.first?.location?.line == 2)
            #expect(error.errors.first?.location?.column == 2)
        }
    }

    @Test("En mapp som inte finns")
    func missingFolder() {
        #expect(throws: TemplateErrors.self) {
            try TemplateSet.loading(overridesIn: URL(fileURLWithPath: "/finns/inte/granska-mallar"))
        }
    }
}

/// The figure tree's names: stable shape, documented.
@Suite("Deklarationens namn")
struct DeclarationSchemaTests {
    /// True when `value` has exactly the members `shape` names, recursively (lists item by item).
    static func conforms(_ value: DeclarationValue, _ shape: ValueShape, path: String = "") -> [String] {
        switch (value, shape) {
        case (.record(let members), .record(let expected)):
            var problems: [String] = []
            for key in Set(members.keys).symmetricDifference(expected.keys) { problems.append("\(path).\(key)") }
            for (key, member) in members {
                if let s = expected[key] { problems += conforms(member, s, path: "\(path).\(key)") }
            }
            return problems
        case (.list(let items), .list(let item)):
            return items.flatMap { conforms($0, item, path: path + "[]") }
        case (.record, _), (.list, _), (_, .record), (_, .list):
            return ["\(path): fel form"]
        default:
            return []
        }
    }

    @Test("Varje indata ger samma namn", arguments: DeclarationFixtures.all.map(\.name))
    func shapeIsStable(name: String) throws {
        let input = try #require(DeclarationFixtures.all.first { $0.name == name }?.input)
        let tree = try DeclarationFigures.make(input)
        #expect(Self.conforms(tree, DeclarationSchema.shape).isEmpty, "\(Self.conforms(tree, DeclarationSchema.shape))")
    }

    @Test("Reports/README.md beskriver varje namn")
    func everyNameIsDocumented() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("Reports/README.md"), encoding: .utf8)
        let undocumented = DeclarationSchema.paths.filter { !readme.contains("`\($0)`") }
        #expect(undocumented.isEmpty, "Namn som saknas i Reports/README.md: \(undocumented)")
        for key in MetadataKey.allCases {
            #expect(readme.contains("`\(key.rawValue):`"), "nyckeln \(key.rawValue) saknas i Reports/README.md")
        }
        for chart in DeclarationChart.names {
            #expect(readme.contains("`{{diagram \(chart)}}`"), "diagrammet \(chart) saknas i Reports/README.md")
        }
    }
}
