import GranskaCore
import Testing

@testable import GranskaParsing

/// One dialect case: the bytes of a file and what must be read from them.
struct DialectCase: CustomTestStringConvertible, Sendable {
    var id: String
    var bytes: [UInt8]
    var delimiter: String
    var lineEnding: CSVDialect.LineEnding
    var encoding: CSVDialect.Encoding = .utf8
    var header: [String]
    var records: [[String]]
    /// The 1-based physical line of each record.
    var lines: [Int]

    var testDescription: String { id }
}

extension DialectCase {
    static func text(
        _ id: String, _ text: String, delimiter: String, lineEnding: CSVDialect.LineEnding,
        header: [String], records: [[String]], lines: [Int]
    ) -> DialectCase {
        DialectCase(
            id: id, bytes: Array(text.utf8), delimiter: delimiter, lineEnding: lineEnding, header: header,
            records: records, lines: lines)
    }
}

@Suite struct CSVDialectTests {
    static let cases: [DialectCase] = [
        .text(
            "semicolon LF", "a;b\n1;2\n3;4\n", delimiter: ";", lineEnding: .lf, header: ["a", "b"],
            records: [["1", "2"], ["3", "4"]], lines: [2, 3]),
        .text(
            "comma CRLF", "a,b\r\n1,2\r\n3,4\r\n", delimiter: ",", lineEnding: .crlf, header: ["a", "b"],
            records: [["1", "2"], ["3", "4"]], lines: [2, 3]),
        .text(
            "tab CR (old Excel for Mac)", "a\tb\r1\t2\r3\t4", delimiter: "\t", lineEnding: .cr, header: ["a", "b"],
            records: [["1", "2"], ["3", "4"]], lines: [2, 3]),
        .text(
            "no final line end", "a;b\n1;2", delimiter: ";", lineEnding: .lf, header: ["a", "b"],
            records: [["1", "2"]], lines: [2]),
        .text(
            "mixed line ends all end a line", "a;b\r\n1;2\n3;4\r5;6\r\n", delimiter: ";", lineEnding: .crlf,
            header: ["a", "b"], records: [["1", "2"], ["3", "4"], ["5", "6"]], lines: [2, 3, 4]),
        .text(
            "single line, header only", "a;b;c", delimiter: ";", lineEnding: .none, header: ["a", "b", "c"],
            records: [], lines: []),
        .text(
            "header only with line end", "a;b\n", delimiter: ";", lineEnding: .lf, header: ["a", "b"], records: [],
            lines: []),
        .text(
            "the most frequent candidate wins", "a,b,c;d\n1,2,3;4\n", delimiter: ",", lineEnding: .lf,
            header: ["a", "b", "c;d"], records: [["1", "2", "3;4"]], lines: [2]),
        .text(
            "a tie goes to semicolon", "a;b,c\n1;2,3\n", delimiter: ";", lineEnding: .lf, header: ["a", "b,c"],
            records: [["1", "2,3"]], lines: [2]),
        .text(
            "comma beats tab in a tie", "a,b\tc\n1,2\t3\n", delimiter: ",", lineEnding: .lf, header: ["a", "b\tc"],
            records: [["1", "2\t3"]], lines: [2]),
        .text(
            "no candidate gives semicolon", "belopp\n12\n", delimiter: ";", lineEnding: .lf, header: ["belopp"],
            records: [["12"]], lines: [2]),
        .text(
            "delimiters inside quoted header cells do not count", "\"a,b,c\";d\n1;2\n", delimiter: ";",
            lineEnding: .lf, header: ["a,b,c", "d"], records: [["1", "2"]], lines: [2]),
        .text(
            "quoted field with delimiter, doubled quote and newline",
            "id;text;n\n1;\"x; \"\"y\"\"\nz\";3\n2;w;4\n", delimiter: ";", lineEnding: .lf,
            header: ["id", "text", "n"], records: [["1", "x; \"y\"\nz", "3"], ["2", "w", "4"]], lines: [2, 4]),
        .text(
            "CRLF inside quotes is one line break", "a;b\r\n\"x\r\ny\";1\r\n2;3\r\n", delimiter: ";",
            lineEnding: .crlf, header: ["a", "b"], records: [["x\r\ny", "1"], ["2", "3"]], lines: [2, 4]),
        .text(
            "a lone CR inside quotes is a line break", "a;b\r\"x\ry\";1\r2;3\r", delimiter: ";", lineEnding: .cr,
            header: ["a", "b"], records: [["x\ry", "1"], ["2", "3"]], lines: [2, 4]),
        .text(
            "a quote inside an unquoted field is literal", "a;b\n5\" skärm;x\"y\"\n", delimiter: ";",
            lineEnding: .lf, header: ["a", "b"], records: [["5\" skärm", "x\"y\""]], lines: [2]),
        .text(
            "empty lines are skipped and counted", "\n\na;b\n\n1;2\r\n\r\n\n3;4\n\n", delimiter: ";",
            lineEnding: .lf, header: ["a", "b"], records: [["1", "2"], ["3", "4"]], lines: [5, 8]),
        .text(
            "a line of spaces is a record", "a\n  \n", delimiter: ";", lineEnding: .lf, header: ["a"],
            records: [["  "]], lines: [2]),
        .text(
            "empty fields and a trailing delimiter", "a;b;c\n;;\n\"\";x;\n", delimiter: ";", lineEnding: .lf,
            header: ["a", "b", "c"], records: [["", "", ""], ["", "x", ""]], lines: [2, 3]),
        .text(
            "values are never trimmed", "a;b\n 1 ; \"2\"\n", delimiter: ";", lineEnding: .lf, header: ["a", "b"],
            records: [[" 1 ", " \"2\""]], lines: [2]),
        .text(
            "a BOM elsewhere is an ordinary character", "a;b\n\u{FEFF}1;2\n", delimiter: ";", lineEnding: .lf,
            header: ["a", "b"], records: [["\u{FEFF}1", "2"]], lines: [2]),
        DialectCase(
            id: "UTF-8 BOM removed from the first header", bytes: [0xEF, 0xBB, 0xBF] + Array("enkat;medel\nK;1\n".utf8),
            delimiter: ";", lineEnding: .lf, encoding: .utf8WithBOM, header: ["enkat", "medel"],
            records: [["K", "1"]], lines: [2]),
        DialectCase(
            id: "Windows-1252 with å ä ö and the euro sign",
            bytes: Array("namn;v\n".utf8) + [0xC5, 0x73, 0x61, 0x3B, 0xE4, 0xF6, 0x80, 0x0A],
            delimiter: ";", lineEnding: .lf, encoding: .windows1252, header: ["namn", "v"],
            records: [["Åsa", "äö€"]], lines: [2]),
    ]

    @Test(arguments: cases)
    func readsDialect(_ c: DialectCase) throws {
        let table = try CSVTable.parse(bytes: c.bytes, path: "t.csv")
        #expect(table.dialect.delimiterText == c.delimiter)
        #expect(table.dialect.lineEnding == c.lineEnding)
        #expect(table.dialect.encoding == c.encoding)
        #expect(table.header == c.header)
        #expect(table.recordCount == c.records.count)
        #expect((0..<table.recordCount).map { table.record($0) } == c.records)
        #expect((0..<table.recordCount).map { table.line($0) } == c.lines)
        for r in 0..<table.recordCount {
            #expect(table.fieldCount(r) == c.header.count)
            for col in 0..<table.columnCount {
                #expect(table.isEmpty(r, col) == c.records[r][col].isEmpty)
            }
        }
    }

    @Test func locatesFieldsAfterAMultiLineFieldInCharacters() throws {
        let table = try CSVTable.parse(bytes: Array("id;text;medel;x\n1;\"två\nrader\";\"åäö\";12\n".utf8), path: "s.csv")
        #expect(table.location(0, 0) == SourceLocation(file: "s.csv", line: 2, column: 1))
        #expect(table.location(0, 1) == SourceLocation(file: "s.csv", line: 2, column: 3))
        // `rader";` then the third field starts at character 8 of line 3.
        #expect(table.location(0, 2) == SourceLocation(file: "s.csv", line: 3, column: 8))
        // `"åäö";` is 6 characters (12 bytes): the fourth field starts at character 14.
        #expect(table.location(0, 3) == SourceLocation(file: "s.csv", line: 3, column: 14))
        #expect(table.headerLocation(2) == SourceLocation(file: "s.csv", line: 1, column: 9))
        #expect(table.recordLocation(0) == SourceLocation(file: "s.csv", line: 2, column: 1))
    }

    @Test func readsTheWindows1252FixtureFile() throws {
        let path = CSVFixture.path("windows-1252.csv")
        let table = try CSVTable.read(path: path)
        #expect(table.dialect.encoding == .windows1252)
        #expect(table.dialect.lineEnding == .crlf)
        #expect(table.dialect.delimiterText == ";")
        #expect(table.header == ["Enkät", "Respondent", "Område", "Medel"])
        #expect(table.record(0) == ["K-KUN", "0114", "Barn och unga, första linjen", "1 250 000 kr"])
        #expect(table.record(1) == ["K-KUN", "0115", "Äldres psykiska hälsa – stöd", "–"])
        #expect(table.record(2) == ["K-KUN", "0117", "Öppenvård \"mottagning\"\r\nför unga", "12 500"])
        #expect(table.line(2) == 4)
        #expect(table.location(2, 3) == SourceLocation(file: path, line: 5, column: 11))
    }

    @Test func readsAHundredThousandColumns() throws {
        let width = 100_000
        var bytes: [UInt8] = []
        for row in 0..<3 {
            for c in 0..<width {
                if c > 0 { bytes.append(0x3B) }
                bytes.append(contentsOf: row == 0 ? Array("k\(c)".utf8) : [0x30 + UInt8((row + c) % 10)])
            }
            bytes.append(0x0A)
        }
        let table = try CSVTable.parse(bytes: bytes, path: "wide.csv")
        #expect(table.columnCount == width && table.recordCount == 2)
        #expect(table.header[99_999] == "k99999")
        #expect(table.field(1, 99_999) == "\((2 + 99_999) % 10)")
        #expect(table.location(1, 99_999).column == 2 * 99_999 + 1)
    }

    @Test func readsAHugeQuotedField() throws {
        let size = 100_000_000
        var bytes = Array("a;b\n\"".utf8)
        bytes.reserveCapacity(size + 32)
        let chunk = Array("ab\"\"c;\n".utf8)
        var chunks = 0
        while bytes.count < size {
            bytes.append(contentsOf: chunk)
            chunks += 1
        }
        bytes.append(contentsOf: Array("\";slut\n2;3\n".utf8))
        let table = try CSVTable.parse(bytes: bytes, path: "big.csv")
        #expect(table.recordCount == 2)
        let field = table.field(0, 0)
        #expect(field.utf8.count == chunks * (chunk.count - 1))
        #expect(field.hasPrefix("ab\"c;\nab\"c;"))
        #expect(table.field(0, 1) == "slut")
        #expect(table.line(1) == 2 + chunks + 1)
    }
}
