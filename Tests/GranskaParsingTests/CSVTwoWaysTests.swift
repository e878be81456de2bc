import GranskaTestSupport
import GranskaCore
import Testing

@testable import GranskaParsing

/// The slow, obvious splitter: one Unicode scalar at a time, building Strings. `nil` where the
/// fast reader must throw.
enum ReferenceSplitter {
    static func split(_ text: String, delimiter: Unicode.Scalar) -> (records: [[String]], lines: [Int])? {
        let s = Array(text.unicodeScalars)
        var rows: [[String]] = []
        var lines: [Int] = []
        var i = 0
        var line = 1
        func isCRLF(_ k: Int) -> Bool { s[k] == "\r" && k + 1 < s.count && s[k + 1] == "\n" }
        while i < s.count {
            if s[i] == "\n" || s[i] == "\r" {
                i += isCRLF(i) ? 2 : 1
                line += 1
                continue
            }
            let rowLine = line
            var row: [String] = []
            while true {
                var field = String.UnicodeScalarView()
                if i < s.count && s[i] == "\"" {
                    i += 1
                    while true {
                        if i >= s.count { return nil }
                        if s[i] == "\"" {
                            if i + 1 < s.count && s[i + 1] == "\"" {
                                field.append("\"")
                                i += 2
                                continue
                            }
                            i += 1
                            break
                        }
                        if s[i] == "\n" || (s[i] == "\r" && !isCRLF(i)) { line += 1 }
                        if s[i] == "\u{0}" { return nil }
                        field.append(s[i])
                        i += 1
                    }
                    if i < s.count && s[i] != delimiter && s[i] != "\n" && s[i] != "\r" { return nil }
                } else {
                    while i < s.count && s[i] != delimiter && s[i] != "\n" && s[i] != "\r" {
                        if s[i] == "\u{0}" { return nil }
                        field.append(s[i])
                        i += 1
                    }
                }
                row.append(String(field))
                if i >= s.count { break }
                if s[i] == delimiter {
                    i += 1
                    continue
                }
                i += isCRLF(i) ? 2 : 1
                line += 1
                break
            }
            rows.append(row)
            lines.append(rowLine)
        }
        guard let width = rows.first?.count, rows.allSatisfy({ $0.count == width }) else { return nil }
        return (Array(rows.dropFirst()), Array(lines.dropFirst()))
    }
}

@Suite struct CSVTwoWaysTests {
    static let pieces = ["a", "å", "Ö", "€", " ", ";", ",", "\t", "\"", "\n", "\r", "\r\n", "1", "-", "x\"y"]
    static let lineEnds = ["\n", "\r\n", "\r"]

    /// Line breaks in a text: LF, CRLF and a lone CR each count once.
    static func lineBreaks(_ text: String) -> Int {
        let s = Array(text.unicodeScalars)
        return s.indices.filter { s[$0] == "\n" || (s[$0] == "\r" && ($0 + 1 == s.count || s[$0 + 1] != "\n")) }.count
    }

    /// Generated tables, written with random (but valid) quoting and line ends, read back exactly,
    /// and split the same way by the slow reference.
    @Test func fastReaderAgreesWithGeneratorAndReference() throws {
        var rng = SeededGenerator(seed: 20_250_314)
        for _ in 0..<400 {
            let width = Int.random(in: 1...5, using: &rng)
            // A one-column header has no delimiter to detect: it reads as `;`.
            let delimiter = width == 1 ? ";" : [";", ",", "\t"].randomElement(using: &rng)!
            let header = (0..<width).map { "h\($0)" }
            let rows: [[String]] = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                (0..<width).map { _ in
                    (0..<Int.random(in: 0...4, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
                }
            }
            var text = header.joined(separator: delimiter)
            var expectedLines: [Int] = []
            var line = 1
            for row in rows {
                text += Self.lineEnds.randomElement(using: &rng)!
                line += 1
                expectedLines.append(line)
                let cells = row.map { field -> String in
                    let mustQuote = field.contains(delimiter) || field.contains("\n") || field.contains("\r")
                        || field.hasPrefix("\"") || (width == 1 && field.isEmpty)
                    guard mustQuote || Bool.random(using: &rng) else { return field }
                    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                }
                let written = cells.joined(separator: delimiter)
                line += Self.lineBreaks(written)
                text += written
            }
            if Bool.random(using: &rng) { text += Self.lineEnds.randomElement(using: &rng)! }

            let table = try CSVTable.parse(bytes: Array(text.utf8), path: "gen.csv")
            let read = (0..<table.recordCount).map { table.record($0) }
            let lines = (0..<table.recordCount).map { table.line($0) }
            #expect(table.header == header, "\(text.debugDescription)")
            #expect(read == rows, "\(text.debugDescription)")
            #expect(lines == expectedLines, "\(text.debugDescription)")
            let reference = ReferenceSplitter.split(text, delimiter: Unicode.Scalar(table.dialect.delimiter))
            #expect(reference?.records == read && reference?.lines == lines, "\(text.debugDescription)")
        }
    }

    /// Random junk from CSV's special characters: the fast reader throws exactly when the
    /// reference refuses, and otherwise reads the same records on the same lines.
    @Test func fastReaderAgreesWithReferenceOnJunk() {
        var rng = SeededGenerator(seed: 42)
        let alphabet = ["a", ";", "\"", "\n", "\r", "å", " ", "\"\""]
        var agreedOnErrors = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            let reference = ReferenceSplitter.split(text, delimiter: ";")
            do {
                let table = try CSVTable.parse(bytes: Array(text.utf8), path: "junk.csv")
                #expect(table.dialect.delimiter == 0x3B)
                #expect(reference?.records == (0..<table.recordCount).map { table.record($0) }, "\(text.debugDescription)")
                #expect(reference?.lines == (0..<table.recordCount).map { table.line($0) }, "\(text.debugDescription)")
            } catch {
                #expect(error is InputError)
                #expect(reference == nil, "\(text.debugDescription)")
                agreedOnErrors += 1
            }
        }
        #expect(agreedOnErrors > 100)
    }
}
