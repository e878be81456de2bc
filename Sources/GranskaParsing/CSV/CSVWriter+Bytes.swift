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
        var needsQuotes = false
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
        if value < 0 { out.append(0x2D) }
        var m = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                count += 1
            } while m > 0
            while count > 0 {
                count -= 1
                out.append(buffer[count])
            }
        }
    }

    /// The field delimiter, `;`.
    public static var fieldDelimiter: UInt8 { delimiter }

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
}
