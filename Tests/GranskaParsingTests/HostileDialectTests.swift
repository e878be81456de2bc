import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaParsing

/// One way a tool or a spreadsheet saves the example round.
struct RoundDialect: CustomTestStringConvertible, Sendable {
    var id: String
    var delimiter: String
    var lineEnding: String
    var encoding: CSVDialect.Encoding
    var testDescription: String { id }
}

/// The whole example round saved in each dialect real rounds arrive in reads exactly as the
/// original: the same enkäter, rekvisitioner, insatser (text, amounts, lines) and notes.
@Suite struct HostileDialectTests {
    static let dialects: [RoundDialect] = [
        RoundDialect(id: "Excel on Windows: ; CRLF Windows-1252", delimiter: ";", lineEnding: "\r\n", encoding: .windows1252),
        RoundDialect(id: "old Excel for Mac: ; CR-only Windows-1252", delimiter: ";", lineEnding: "\r", encoding: .windows1252),
        RoundDialect(id: "CR-only UTF-8", delimiter: ";", lineEnding: "\r", encoding: .utf8),
        RoundDialect(id: "Excel 'CSV UTF-8': , CRLF with BOM", delimiter: ",", lineEnding: "\r\n", encoding: .utf8WithBOM),
        RoundDialect(id: "Excel 'Unicode-text': tab CRLF UTF-16LE", delimiter: "\t", lineEnding: "\r\n", encoding: .utf16LE),
        RoundDialect(id: "UTF-16BE , LF", delimiter: ",", lineEnding: "\n", encoding: .utf16BE),
    ]

    /// The example's file, rewritten: fields re-quoted for the delimiter, records ended by the
    /// line ending (line breaks inside quoted text are kept as they are), then encoded.
    static func rewrite(_ table: CSVTable, _ d: RoundDialect) -> [UInt8] {
        func field(_ text: String) -> String {
            let needs = text.contains(d.delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")
            return needs ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var text = table.header.map(field).joined(separator: d.delimiter) + d.lineEnding
        for r in 0..<table.recordCount {
            text += table.record(r).map(field).joined(separator: d.delimiter) + d.lineEnding
        }
        switch d.encoding {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .windows1252: return Array(text.data(using: .windowsCP1252) ?? Data())
        case .utf16LE: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BE: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }
    }

    /// Everything of a finding but the folder in its location.
    static func shape(_ f: Finding) -> String {
        "\(f.regel) \(f.enkat ?? "-") \(f.respondent ?? "-") \(f.location?.line ?? 0) \(f.meddelande)"
    }

    @Test(arguments: dialects)
    func theExampleRoundReadsTheSameInEveryDialect(_ d: RoundDialect) throws {
        let original = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let folder = try Fixtures.temporaryDirectory("granska-dialect")
        var expected: [String: CSVDialect.Encoding] = [:]
        for kind in FileKind.allCases {
            let table = try CSVTable.read(path: RoundLoader.path(Fixtures.exampleRound.path, kind))
            let bytes = Self.rewrite(table, d)
            #expect(!bytes.isEmpty)
            // Windows-1252 text that is plain ASCII is valid UTF-8, and read so.
            expected[kind.fileName] = d.encoding == .windows1252 && bytes.allSatisfy { $0 < 0x80 } ? .utf8 : d.encoding
            try Data(bytes).write(to: folder.appendingPathComponent(kind.fileName))
        }
        let again = try RoundLoader.load(directory: folder.path)

        for info in again.files {
            let name = (info.path as NSString).lastPathComponent
            #expect(info.encoding == expected[name]?.rawValue && info.delimiter == d.delimiter, "\(info)")
            #expect(info.lineEnding == ["\r\n": "CRLF", "\r": "CR", "\n": "LF"][d.lineEnding], "\(info)")
        }
        #expect(again.files.map(\.records) == original.files.map(\.records))
        #expect(again.enkater.map(\.id) == original.enkater.map(\.id))
        #expect(again.enkater.map(\.location.line) == original.enkater.map(\.location.line))
        #expect(again.rekvisitioner.map(\.key) == original.rekvisitioner.map(\.key))
        #expect(again.rekvisitioner.map(\.target) == original.rekvisitioner.map(\.target))
        #expect(again.insatser.count == original.insatser.count)
        for (a, b) in zip(again.insatser, original.insatser) {
            var moved = a
            moved.location = b.location
            #expect(moved == b, "line \(b.location.line)")
            #expect(a.location.line == b.location.line)
        }
        #expect(again.notes.map(Self.shape) == original.notes.map(Self.shape))
        #expect(again.svar().count == original.svar().count)
    }
}
