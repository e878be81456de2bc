import Foundation
import GranskaCore
import Testing

@testable import GranskaParsing

/// One malformed file and the error it must give.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    var id: String
    var bytes: [UInt8]
    var errorID: String
    /// `nil` when the error names only the file.
    var line: Int?
    var column: Int?
    /// A piece of the message that must appear.
    var says: String

    var testDescription: String { id }

    init(_ id: String, _ bytes: [UInt8], _ errorID: String, line: Int?, column: Int?, says: String) {
        self.id = id
        self.bytes = bytes
        self.errorID = errorID
        self.line = line
        self.column = column
        self.says = says
    }

    init(_ id: String, _ text: String, _ errorID: String, line: Int?, column: Int?, says: String) {
        self.init(id, Array(text.utf8), errorID, line: line, column: column, says: says)
    }
}

@Suite struct CSVErrorTests {
    static let cases: [ErrorCase] = [
        ErrorCase("empty file", "", "csv.empty-file", line: nil, column: nil, says: "filen är tom"),
        ErrorCase("only empty lines", "\n\r\n\r", "csv.empty-file", line: nil, column: nil, says: "filen är tom"),
        ErrorCase("only a BOM", [0xEF, 0xBB, 0xBF], "csv.empty-file", line: nil, column: nil, says: "filen är tom"),
        ErrorCase(
            "unterminated quote points at the opening quote", "a;b\n1;\"öppen\n2;3\n", "csv.unterminated-quote",
            line: 2, column: 3, says: "avslutas aldrig"),
        ErrorCase(
            "unterminated quote in the header", "a;\"b\n", "csv.unterminated-quote", line: 1, column: 3,
            says: "avslutas aldrig"),
        ErrorCase(
            "text after a closing quote", "a;b\n\"abc\"x;2\n", "csv.text-after-quote", line: 2, column: 6,
            says: "'x'"),
        ErrorCase(
            "a space after a closing quote", "a;b\n1;\"abc\" \n", "csv.text-after-quote", line: 2, column: 8,
            says: "' '"),
        ErrorCase(
            "text after a quote on a later physical line, counted in characters",
            "a;b\n\"å\nä\";\"ö\"ü\n", "csv.text-after-quote", line: 3, column: 7, says: "'ü'"),
        ErrorCase("NUL byte", "a;b\n1;2\u{0}3\n", "csv.nul-byte", line: 2, column: 4, says: "nolltecken"),
        ErrorCase("NUL byte inside quotes", "a;b\n1;\"x\n\u{0}\"\n", "csv.nul-byte", line: 3, column: 1, says: "0x00"),
        ErrorCase(
            "fewer fields than the header", "a;b;c\n1;2;3\n1;2\n", "csv.field-count", line: 3, column: 1,
            says: "raden har 2 fält men rubrikraden har 3"),
        ErrorCase(
            "more fields than the header, after a multi-line field", "a;b\n\"x\ny\";2\n1;2;3\n", "csv.field-count",
            line: 4, column: 1, says: "raden har 3 fält men rubrikraden har 2"),
        ErrorCase(
            "byte undefined in Windows-1252", Array("a;b\n".utf8) + [0xE5, 0x3B, 0x78, 0x81, 0x0A],
            "csv.undefined-byte", line: 2, column: 4, says: "0x81"),
        ErrorCase(
            "each of the five undefined bytes: 0x8D", [0xE4, 0x0A, 0x8D], "csv.undefined-byte", line: 2, column: 1,
            says: "0x8D"),
        ErrorCase("0x8F", [0xE4, 0x0D, 0x0A, 0x20, 0x8F], "csv.undefined-byte", line: 2, column: 2, says: "0x8F"),
        ErrorCase("0x90", [0xE4, 0x0D, 0x90], "csv.undefined-byte", line: 2, column: 1, says: "0x90"),
        ErrorCase("0x9D", [0x9D], "csv.undefined-byte", line: 1, column: 1, says: "0x9D"),
        ErrorCase(
            "a BOM promises UTF-8", [0xEF, 0xBB, 0xBF] + Array("a;b\nåx;".utf8) + [0xE5, 0x0A], "csv.invalid-utf8",
            line: 2, column: 4, says: "0xE5"),
    ]

    @Test(arguments: cases)
    func reportsErrorWithPosition(_ c: ErrorCase) {
        #expect {
            _ = try CSVTable.parse(bytes: c.bytes, path: "fel.csv")
        } throws: { error in
            guard let e = error as? InputError else { return false }
            #expect(e.id == c.errorID)
            #expect(e.file == "fel.csv")
            #expect(e.location?.line == c.line)
            #expect(e.location?.column == c.column)
            #expect(e.message.contains(c.says), "\(e.message)")
            return e.id == c.errorID
        }
    }

    @Test func aMissingFileIsAnInputErrorNamingThePath() {
        let path = "/finns/inte/svar.csv"
        #expect {
            _ = try CSVTable.read(path: path)
        } throws: { error in
            let e = error as? InputError
            return e?.id == "csv.missing-file" && e?.file == path && e?.message.contains(path) == true
        }
    }

    @Test func aFolderIsAnInputErrorNamingThePath() throws {
        let folder = try CSVFixture.directory([:])
        #expect {
            _ = try CSVTable.read(path: folder)
        } throws: { error in
            let e = error as? InputError
            return e?.id == "csv.is-directory" && e?.message.contains(folder) == true
        }
    }

    /// Every prefix of a file full of hard cases either reads or throws an ``InputError``.
    @Test func everyCutOfAFileReadsOrThrowsAnInputError() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: CSVFixture.path("hard-cases.csv"))))
        var outcomes: [String: Int] = [:]
        for cut in 0...bytes.count {
            do {
                let table = try CSVTable.parse(bytes: Array(bytes[0..<cut]), path: "cut.csv")
                for r in 0..<table.recordCount {
                    for c in 0..<table.columnCount {
                        _ = table.field(r, c)
                        let at = table.location(r, c)
                        #expect(at.line >= table.line(r) && at.column >= 1)
                    }
                }
                outcomes["ok", default: 0] += 1
            } catch let error as InputError {
                #expect(error.file == "cut.csv")
                outcomes[error.id, default: 0] += 1
            }
        }
        // The fixture is built so that cuts hit every kind of outcome below.
        #expect(outcomes["ok", default: 0] > 0)
        #expect(outcomes["csv.empty-file"] == 2)  // nothing, and the BOM alone
        #expect(outcomes["csv.unterminated-quote", default: 0] > 0)
        #expect(outcomes["csv.field-count", default: 0] > 0)
        #expect(outcomes["csv.invalid-utf8", default: 0] > 0)
    }
}
