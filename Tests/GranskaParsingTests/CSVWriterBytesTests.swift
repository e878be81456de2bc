import GranskaTestSupport
import Testing

@testable import GranskaParsing

/// The byte-level field writer against the `String` one: same bytes for every field.
@Suite struct CSVWriterBytesTests {
    static let fields = [
        "plain", "", "a;b", "säger \"hej\"", "två\nrader", "cr\rhär", "a,b\tc", "=SUM(A1:A9)", "+46 70 123 45 67",
        "+46", "-x", "@cmd", "\tflik", "\rretur", "=1;2", "-", "-1,", "-,5", "-1 000", "-24062", "-1,5", "-0.25",
        "1,5", "12", "\"", "a\"b", "1 250 kr", "Öppen; \"vård\"",
    ]

    @Test(arguments: fields)
    func writesAFieldAsTheStringWriterDoes(_ field: String) {
        for neutralizing in [true, false] {
            var out: [UInt8] = []
            CSVWriter.appendField(field, to: &out, neutralizingFormulas: neutralizing)
            #expect(out == Array(CSVWriter.escape(field, neutralizingFormulas: neutralizing).utf8))
        }
    }

    @Test func writesRandomFieldsAsTheStringWriterDoes() {
        var random = SeededGenerator(seed: 3)
        let alphabet: [Character] = ["a", "=", "+", "-", "@", "\t", "\r", "\n", ";", "\"", "1", ",", ".", " ", "ö"]
        for _ in 0..<2000 {
            let field = String((0..<Int.random(in: 0..<6, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            var out: [UInt8] = []
            CSVWriter.appendField(field, to: &out)
            #expect(out == Array(CSVWriter.escape(field).utf8), "\(Array(field.utf8))")
        }
    }

    @Test func copiesCellsVerbatimOnlyWhenWritingThemOneByOneGivesTheSameBytes() {
        var random = SeededGenerator(seed: 8)
        let alphabet: [Character] = ["a", "=", "+", "-", "@", "\t", "ö", "1", ",", " ", "\""]
        var copied = 0
        for _ in 0..<3000 {
            let cells = (0..<Int.random(in: 1..<5, using: &random)).map { _ in
                String((0..<Int.random(in: 0..<4, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            var oneByOne: [UInt8] = []
            for (k, c) in cells.enumerated() {
                if k > 0 { oneByOne.append(0x3B) }
                CSVWriter.appendField(c, to: &oneByOne)
            }
            var out: [UInt8] = [0x41]
            let joined = Array(cells.joined(separator: ";").utf8)
            let ok = joined.withUnsafeBufferPointer { CSVWriter.appendVerbatim($0, to: &out) }
            if ok {
                copied += 1
                #expect(Array(out.dropFirst()) == oneByOne, "\(cells)")
            } else {
                #expect(out == [0x41])
            }
        }
        #expect(copied > 300)
    }

    @Test(arguments: [Int64.min, -1_250_000, -1, 0, 7, 1_250_000, Int64.max])
    func writesIntegers(_ value: Int64) {
        var out: [UInt8] = []
        CSVWriter.appendInteger(value, to: &out)
        #expect(out == Array(String(value).utf8))
    }
}
