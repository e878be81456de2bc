import GranskaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension CSVWriter {
    /// Appends one field written from its UTF-8 bytes, quoted and neutralised exactly as
    /// ``writeRow(_:)`` writes the same text, to a caller's buffer: for writers that stream large
    /// files row by row without making a `String` per cell.
    ///
    /// Only the field itself: the caller writes the `;` between fields (``delimiter``) and the LF
    /// after a row, and uses ``writeRow(_:)`` for the header and for rows of one field, where the
    /// writer may quote more.
    ///
    /// - Complexity: O(length of the field).
    public static func appendField(
        _ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], neutralizingFormulas: Bool = true
    ) {
        appendField(field, to: &out, neutralizingFormulas: neutralizingFormulas, forceQuotes: false)
    }

    /// The one field writer: quoted when the field holds `;`, `"`, LF or CR, or when
    /// `forceQuotes` (header fields that would change how the file is read); `'` before a field
    /// that a spreadsheet would take for a formula, when neutralising.
    static func appendField(
        _ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], neutralizingFormulas: Bool, forceQuotes: Bool
    ) {
        var needsQuotes = forceQuotes
        for b in field where b == delimiter || b == CSVScanner.quote || b == CSVScanner.lf || b == CSVScanner.cr {
            needsQuotes = true
            break
        }
        var prefix = false
        if neutralizingFormulas, let first = field.first {
            switch first {
            case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: prefix = !isPlainNumber(field)
            default: break
            }
        }
        if needsQuotes { out.append(CSVScanner.quote) }
        if prefix { out.append(0x27) }
        if needsQuotes {
            for b in field {
                out.append(b)
                if b == CSVScanner.quote { out.append(CSVScanner.quote) }
            }
            out.append(CSVScanner.quote)
        } else {
            out.append(contentsOf: field)
        }
    }

    /// Appends a run of `;`-separated cells copied as they stand, when writing them one by one
    /// with ``appendField(_:to:neutralizingFormulas:)`` (formulas neutralised) gives exactly these
    /// bytes: no `"` anywhere (so no cell is or needs to be quoted, and every `;` separates
    /// cells) and no cell starting with a character that may begin a formula (`=` `+` `-` `@`, tab,
    /// CR). Otherwise appends nothing and returns `false`.
    ///
    /// - Complexity: O(length of the cells).
    public static func appendVerbatim(_ cells: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        guard let base = cells.baseAddress else { return true }
        let count = cells.count
        // memchr is the C library's vectorised byte search: the check costs less than the copy.
        if memchr(base, Int32(CSVScanner.quote), count) != nil { return false }
        var start = 0
        while true {
            if start < count {
                switch cells[start] {
                case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return false
                default: break
                }
            }
            guard let next = memchr(base + start, Int32(delimiter), count - start) else { break }
            start = UnsafeRawPointer(next) - UnsafeRawPointer(base) + 1
        }
        out.append(contentsOf: cells)
        return true
    }

    /// ``appendField(_:to:neutralizingFormulas:)`` for a `String`.
    public static func appendField(_ field: String, to out: inout [UInt8], neutralizingFormulas: Bool = true) {
        var copy = field
        copy.withUTF8 { appendField($0, to: &out, neutralizingFormulas: neutralizingFormulas) }
    }

    /// Appends a whole number in decimal (a plain number: never quoted or neutralised).
    public static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        DecimalText.append(value, to: &out)
    }

    /// The field delimiter, `;`.
    public static var fieldDelimiter: UInt8 { delimiter }
}
