import Testing

@testable import GranskaParsing

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("a;b", "\"a;b\""), ("säger \"hej\"", "\"säger \"\"hej\"\"\""),
        ("två\nrader", "\"två\nrader\""), ("cr\rhär", "\"cr\rhär\""), ("a,b\tc", "a,b\tc"),
        // Formulas are neutralised…
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+46 70 123 45 67", "'+46 70 123 45 67"), ("+46", "'+46"),
        ("-x", "'-x"), ("@cmd", "'@cmd"), ("\tflik", "'\tflik"), ("\rretur", "\"'\rretur\""),
        ("=1;2", "\"'=1;2\""), ("-", "'-"), ("-1,", "'-1,"), ("-,5", "'-,5"), ("-1 000", "'-1 000"),
        // …but plain numbers stay numbers.
        ("-24062", "-24062"), ("-1,5", "-1,5"), ("-0.25", "-0.25"), ("1,5", "1,5"), ("12", "12"),
    ])
    func escapesFields(field: String, written: String) {
        #expect(CSVWriter.escape(field) == written)
    }

    @Test func canWriteFormulasAsTheyAre() {
        #expect(CSVWriter.escape("=1+1", neutralizingFormulas: false) == "=1+1")
    }

    @Test func writesSemicolonsUTF8AndLF() {
        let text = CSVWriter.write(header: ["enkat", "titel"], rows: [["K-KUN", "Öppen; \"vård\""], ["L-BU", ""]])
        #expect(text == "enkat;titel\nK-KUN;\"Öppen; \"\"vård\"\"\"\nL-BU;\n")
    }

    @Test func whatIsWrittenReadsBackUnchanged() throws {
        let rows = [
            ["K-KUN", "två\r\nrader; \"citat\"", "", " mellanslag "],
            ["L-BU", "\"", "a\"b", "1 250 kr"],
            ["", "", "", ""],
        ]
        let text = CSVWriter.write(header: ["a", "b", "c", "d"], rows: rows, neutralizesFormulas: false)
        let table = try CSVTable.parse(bytes: Array(text.utf8), path: "w.csv")
        #expect(table.header == ["a", "b", "c", "d"])
        #expect((0..<table.recordCount).map { table.record($0) } == rows)
        #expect(table.dialect.encoding == .utf8 && table.dialect.lineEnding == .lf)
    }
}
