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
}
