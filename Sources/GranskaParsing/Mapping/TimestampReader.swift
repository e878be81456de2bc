import GranskaCore

/// Reads `inskickad` cells: exactly as `Tidpunkt(iso:)` does, with a fast path for the form
/// survey tools export (`2025-03-14T16:05`, 16 ASCII bytes) that avoids building intermediate
/// strings. Anything else goes to `Tidpunkt(iso:)` itself.
enum TimestampReader {
    /// - Complexity: O(length of the text).
    static func read(_ text: String) -> Tidpunkt? {
        var copy = text
        let fast: Tidpunkt?? = copy.withUTF8 { b in
            guard b.count == 16, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x20, b[13] == 0x3A,
                let y = digits(b, 0, 4), let mo = digits(b, 5, 7), let d = digits(b, 8, 10),
                let h = digits(b, 11, 13), let mi = digits(b, 14, 16)
            else { return .none }
            guard let datum = Datum(year: y, month: mo, day: d) else { return .some(nil) }
            return .some(Tidpunkt(datum: datum, hour: h, minute: mi))
        }
        if let fast { return fast }
        return Tidpunkt(iso: text)
    }

    @inline(__always)
    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var value = 0
        for i in from..<to {
            let c = b[i]
            guard c >= 0x30 && c <= 0x39 else { return nil }
            value = value * 10 + Int(c - 0x30)
        }
        return value
    }
}
