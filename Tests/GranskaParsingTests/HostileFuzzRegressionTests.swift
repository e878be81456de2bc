import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaParsing

/// Inputs the fuzz harnesses (`Fuzz/`, `Scripts/fuzz.sh`) once crashed on, kept as tests.
///
/// `Tests/Fixtures/hostile/fuzz/<Harness>-crash-<sha1>` holds each input exactly as libFuzzer wrote
/// it; every one is replayed through the harness's checks here, and the ones worth a name have a
/// test of their own below.
@Suite struct HostileFuzzRegressionTests {
    static let folder = Fixtures.file("hostile/fuzz")

    static func inputs(_ harness: String) throws -> [(name: String, bytes: [UInt8])] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(harness + "-") }.sorted()
            .map { ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    /// The FuzzCSV harness's property: a table read, written by ``CSVWriter`` and read again is
    /// the same table.
    static func expectRoundTrip(_ bytes: [UInt8], _ name: String) throws {
        guard let table = try? CSVTable.parse(bytes: bytes, path: name) else { return }
        let rows = (0..<table.recordCount).map { table.record($0) }
        let written = CSVWriter.write(header: table.header, rows: rows, neutralizesFormulas: false)
        let again = try CSVTable.parse(bytes: Array(written.utf8), path: "again.csv")
        #expect(again.header == table.header, "\(name)")
        #expect((0..<again.recordCount).map { again.record($0) } == rows, "\(name)")
    }

    @Test func everyFuzzCSVCrashReadsOrThrowsAndRoundTrips() throws {
        let inputs = try Self.inputs("FuzzCSV")
        #expect(inputs.count >= 3)
        for input in inputs { try Self.expectRoundTrip(input.bytes, input.name) }
    }

    /// Found by FuzzCSV: a record of one empty field was written as an empty line, which a reader
    /// skips, so a one-column table lost the record (`\n\n""\n\x8a` → header `""`, then `Š`).
    @Test(arguments: [
        ("header of one empty field", [0x0A, 0x0A, 0x22, 0x22, 0x0A, 0x8A] as [UInt8]),
        ("record of one empty field", Array("a\n\"\"\nb\n".utf8)),
        ("only empty fields", Array("\"\"\n\"\"\n\"\"\n".utf8)),
    ])
    func aRowOfOneEmptyFieldSurvivesWritingAndReading(id: String, bytes: [UInt8]) throws {
        try Self.expectRoundTrip(bytes, id)
        #expect(CSVWriter.write(header: [""], rows: [[""], ["x"]]) == "\"\"\n\"\"\nx\n")
    }

    /// Found by FuzzCSV: a header that starts with the ZIP signature `PK\u{3}\u{4}` (after a
    /// blank line, so the file itself did not) was written first in the file and read back as an
    /// Excel workbook. A workbook is told by the version field that follows, whose high byte is 0.
    @Test func textStartingLikeAZipFileIsStillCSV() throws {
        let header = "PK\u{3}\u{4}"
        let written = CSVWriter.write(header: [header], rows: [["\r@"]], neutralizesFormulas: false)
        let again = try CSVTable.parse(bytes: Array(written.utf8), path: "again.csv")
        #expect(again.header == [header])
        #expect(TextEncoding.spreadsheetSignature([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) != nil)
        #expect(TextEncoding.spreadsheetSignature(Array("PK\u{3}\u{4};x\n".utf8)) == nil)
    }

    /// Found while fixing the above: a header cell with `,` or tab made the reader take that for
    /// the delimiter, and a first header cell starting with U+FEFF lost it as a byte order mark.
    @Test(arguments: [
        ["a,b", "c"], ["a,b,c"], ["x\ty", "z"], ["\u{FEFF}enkat", "medel"], ["", "a,b"],
    ])
    func headersThatLookLikeAnotherDialectSurvive(header: [String]) throws {
        let written = CSVWriter.write(header: header, rows: [header.map { _ in "1,5" }], neutralizesFormulas: false)
        let again = try CSVTable.parse(bytes: Array(written.utf8), path: "again.csv")
        #expect(again.header == header && again.dialect.delimiterText == ";")
        #expect(again.record(0) == header.map { _ in "1,5" })
    }
}
