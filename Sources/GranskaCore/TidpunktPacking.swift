/// A ``Tidpunkt`` packed into 64 bits, for storing one per insats without 48 bytes each.
///
/// Bits from the low end: second (6), minute (6), hour (5), day (5), month (4), year (14), and
/// bit 63 set so that 0 means "no tidpunkt". Every tidpunkt the failable initialisers make fits
/// (years 1–9999); a value outside these widths is not packed (``pack(_:)`` gives 0).
enum TidpunktPacking {
    static let present: UInt64 = 1 << 63

    static func pack(_ t: Tidpunkt) -> UInt64 {
        let d = t.datum
        guard (0..<(1 << 14)).contains(d.year), (0..<16).contains(d.month), (0..<32).contains(d.day),
            (0..<32).contains(t.hour), (0..<64).contains(t.minute), (0..<64).contains(t.second)
        else { return 0 }
        var bits = UInt64(d.year)
        bits = bits << 4 | UInt64(d.month)
        bits = bits << 5 | UInt64(d.day)
        bits = bits << 5 | UInt64(t.hour)
        bits = bits << 6 | UInt64(t.minute)
        bits = bits << 6 | UInt64(t.second)
        return bits | present
    }

    static func unpack(_ bits: UInt64) -> Tidpunkt? {
        guard bits & present != 0 else { return nil }
        var datum = Datum(dayNumber: 0)
        datum.year = Int(bits >> 26 & 0x3FFF)
        datum.month = Int(bits >> 22 & 0xF)
        datum.day = Int(bits >> 17 & 0x1F)
        return Tidpunkt(datum: datum, hour: Int(bits >> 12 & 0x1F), minute: Int(bits >> 6 & 0x3F), second: Int(bits & 0x3F))
    }
}
