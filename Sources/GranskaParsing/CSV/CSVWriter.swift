/// Writes CSV the way granska's outputs are written: UTF-8 without BOM, `;` between fields, LF
/// after every row, RFC 4180 quoting where a field needs it.
///
/// ## Decisions
/// - **Quoting**: a field is quoted when it holds `;`, `"`, CR or LF; a `"` inside is doubled.
///   Nothing else is quoted, except where reading back would otherwise differ:
///   - a row of one empty field is written `""` (an empty line would be skipped on reading);
///   - in the first row (the header), a field holding `,` or tab is quoted, so a reader still
///     detects `;` as the delimiter, and a first field starting with U+FEFF is quoted, so it is
///     not taken for a byte order mark.
///   So ``CSVTable`` reads every written file back unchanged (the CSV fuzz harness checks this).
/// - **Formulas (CSV injection)**: by default a text cell that begins with `=`, `+`, `-`, `@`, tab
///   or CR gets a leading `'`, so a spreadsheet shows it as text instead of running it. A cell
///   that is a plain number stays as it is: an optional `-`, digits, and optionally one `,` or `.`
///   followed by digits (`-24062`, `-1,5`, `-0.25`). A leading `+` is not a plain number
///   (`+46 70 …` is a telephone number, and `+` starts a formula), so `+46` becomes `'+46`.
public struct CSVWriter: Sendable {
    /// True to neutralise cells that a spreadsheet would take for a formula.
    public var neutralizesFormulas: Bool
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    public init(neutralizesFormulas: Bool = true) {
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// Appends one row and its LF.
    ///
    /// - Complexity: O(total length of the fields).
    public mutating func writeRow(_ fields: [String]) {
        let isHeader = bytes.isEmpty
        if fields.count == 1 && fields[0].isEmpty {
            bytes.append(contentsOf: [CSVScanner.quote, CSVScanner.quote, CSVScanner.lf])
            return
        }
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(CSVWriter.delimiter) }
            let protects = isHeader && CSVWriter.mustQuoteInHeader(field, first: i == 0)
            CSVWriter.append(field, to: &bytes, neutralizingFormulas: neutralizesFormulas, forceQuotes: protects)
        }
        bytes.append(CSVScanner.lf)
    }

    /// True for a header field that would change how the file is read unless quoted: one with `,`
    /// or tab (delimiter detection counts them on the first line), or a first field starting with
    /// U+FEFF (taken for a byte order mark).
    static func mustQuoteInHeader(_ field: String, first: Bool) -> Bool {
        if first && field.unicodeScalars.first == "\u{FEFF}" { return true }
        return field.utf8.contains { $0 == 0x2C || $0 == 0x09 }
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A whole file: the header, then the rows.
    public static func write(header: [String], rows: [[String]], neutralizesFormulas: Bool = true) -> String {
        var writer = CSVWriter(neutralizesFormulas: neutralizesFormulas)
        writer.writeRow(header)
        for row in rows { writer.writeRow(row) }
        return writer.text
    }

    /// One field as it is written (quoted and neutralised as needed).
    public static func escape(_ field: String, neutralizingFormulas: Bool = true) -> String {
        var out: [UInt8] = []
        append(field, to: &out, neutralizingFormulas: neutralizingFormulas)
        return String(decoding: out, as: UTF8.self)
    }

    /// True for a plain integer or decimal number: `-?[0-9]+([,.][0-9]+)?`.
    public static func isPlainNumber(_ field: String) -> Bool {
        var copy = field
        return copy.withUTF8 { isPlainNumber($0) }
    }

    /// ``isPlainNumber(_:)`` on UTF-8 bytes.
    static func isPlainNumber(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenSeparator = false
        for (i, b) in field.enumerated() {
            if b == 0x2D && i == 0 { continue }
            if b >= 0x30 && b <= 0x39 {
                if seenSeparator { digitsAfter += 1 } else { digitsBefore += 1 }
            } else if (b == 0x2C || b == 0x2E) && !seenSeparator && digitsBefore > 0 {
                seenSeparator = true
            } else {
                return false
            }
        }
        return digitsBefore > 0 && (!seenSeparator || digitsAfter > 0)
    }

    static let delimiter: UInt8 = 0x3B

    static func append(_ field: String, to out: inout [UInt8], neutralizingFormulas: Bool, forceQuotes: Bool = false) {
        var copy = field
        copy.withUTF8 {
            appendField($0, to: &out, neutralizingFormulas: neutralizingFormulas, forceQuotes: forceQuotes)
        }
    }
}
