/// Whole numbers as ASCII digits straight into a byte buffer: the one integer printer of the
/// JSON and CSV writers.
package enum DecimalText {
    /// Appends `value` in decimal, with a leading `-` when negative.
    package static func append(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
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

    /// `value` with its digits grouped in threes: `1250000` → `"1 250 000"`, a negative value
    /// led by `minus`. The one grouping of the messages, the reports and the rule texts, which
    /// differ only in the separator (space or no-break space) and the minus sign.
    package static func grouped(_ value: Int64, separator: String = " ", minus: String = "\u{2212}") -> String {
        let digits = Array(String(value.magnitude).utf8)
        var out = value < 0 ? minus : ""
        let count = digits.count
        for (i, d) in digits.enumerated() {
            if i > 0 && (count - i) % 3 == 0 { out += separator }
            out.unicodeScalars.append(Unicode.Scalar(d))
        }
        return out
    }
}
