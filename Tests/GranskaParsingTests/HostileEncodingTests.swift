import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaParsing

/// UTF-16 files (Excel's "Unicode-text") and files that are no text at all.
@Suite struct HostileEncodingTests {
    /// Strings of Swedish text, delimiters, quotes, line breaks and characters beyond U+FFFF.
    static func randomText(_ g: inout SeededGenerator) -> String {
        let pieces = ["å", "Ä", "ö", "a", "Z", "1", " ", ";", "\t", "\"", "\n", "\r\n", "€", "–", "😀", "𝄞", "\u{A0}", "ß"]
        return String((0..<Int.random(in: 0...40, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined())
    }

    @Test(arguments: [false, true])
    func utf16AgreesWithTheStandardLibrary(bigEndian: Bool) {
        var g = SeededGenerator(seed: bigEndian ? 16 : 61)
        for _ in 0..<500 {
            let text = Self.randomText(&g)
            let units = Array(text.utf16)
            let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            let bytes: [UInt8] = bom + units.flatMap { (u: UInt16) -> [UInt8] in
                bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
            }
            let decoded = bytes.withUnsafeBufferPointer { TextEncoding.transcodeUTF16($0, bigEndian: bigEndian) }
            guard case .success(let utf8) = decoded else {
                Issue.record("could not read \(units)")
                continue
            }
            #expect(utf8 == Array(text.utf8), "\(units)")
        }
    }

    @Test func aUTF16FileWithAnEmojiReadsWithPositionsInCharacters() throws {
        let text = "enkat\ttitel\tmedel\r\nR-BU\t😀 \"hej\"\t1 000 kr\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let table = try CSVTable.parse(bytes: bytes, path: "u.csv")
        #expect(table.dialect.encoding == .utf16LE && table.dialect.hadBOM && table.dialect.delimiterName == "tabb")
        #expect(table.record(0) == ["R-BU", "😀 \"hej\"", "1 000 kr"])
        #expect(table.location(0, 2) == SourceLocation(file: "u.csv", line: 2, column: 14))
    }

    @Test(arguments: [
        ("only a UTF-16 byte order mark", [0xFF, 0xFE] as [UInt8], "csv.empty-file"),
        ("UTF-16 holding a NUL", [0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00], "csv.nul-byte"),
        ("a low surrogate first", [0xFF, 0xFE, 0x00, 0xDC, 0x61, 0x00], "csv.invalid-utf16"),
        ("a high surrogate last", [0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8], "csv.invalid-utf16"),
        ("a ZIP archive (local header: signature, version 2.0)", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "csv.spreadsheet"),
    ])
    func brokenTextIsAnInputError(id: String, bytes: [UInt8], errorID: String) {
        #expect {
            _ = try CSVTable.parse(bytes: bytes, path: "x.csv")
        } throws: { error in
            (error as? InputError)?.id == errorID
        }
    }

    /// UTF-16 without a byte order mark is not guessed at, but the error says what it looks like.
    @Test(arguments: [false, true])
    func utf16WithoutAByteOrderMarkIsNamed(bigEndian: Bool) {
        let text = "enkat;medel\nR-BU;1000\n"
        let bytes = text.utf16.flatMap { (u: UInt16) -> [UInt8] in
            bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
        #expect {
            _ = try CSVTable.parse(bytes: bytes, path: "u.csv")
        } throws: { error in
            let e = error as? InputError
            return e?.id == "csv.nul-byte" && e?.message.contains("ser ut att vara sparad som UTF-16 utan") == true
        }
        #expect(!TextEncoding.looksLikeUTF16WithoutBOM(Array("a;b\n\u{0}".utf8)))
    }

    /// `PK` as ordinary text at the start of a CSV file is not a workbook.
    @Test func textStartingWithPKIsText() throws {
        let table = try CSVTable.parse(bytes: Array("PK;nr\n1;2\n".utf8), path: "pk.csv")
        #expect(table.header == ["PK", "nr"])
    }
}
