/// A signed 128-bit integer in two's complement, just wide enough for the reconciliation's
/// comparisons: `1000·S − T`, `S + 999·x − T`, `n·step` and sums of many `Int64` amounts.
///
/// Built on `multipliedFullWidth` so it works on every platform the package supports (the
/// standard library's `Int128` needs macOS 15). Every value the reconciliation forms is far
/// below 2¹²⁶ in magnitude (a product of two `Int64`, plus a few `Int64`), so the wrapping
/// operators below never actually wrap.
struct Wide: Hashable, Comparable, Sendable {
    /// The upper 64 bits, signed.
    var high: Int64
    /// The lower 64 bits.
    var low: UInt64

    init(high: Int64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The value `v`, sign-extended.
    init(_ v: Int64) {
        high = v < 0 ? -1 : 0
        low = UInt64(bitPattern: v)
    }

    /// The value `v`, sign-extended.
    init(_ v: Int) { self.init(Int64(v)) }

    static let zero = Wide(0)

    /// The exact product `a·b`.
    static func product(_ a: Int64, _ b: Int64) -> Wide {
        let r = a.multipliedFullWidth(by: b)
        return Wide(high: r.high, low: r.low)
    }

    static func + (a: Wide, b: Wide) -> Wide {
        let (low, carry) = a.low.addingReportingOverflow(b.low)
        return Wide(high: a.high &+ b.high &+ (carry ? 1 : 0), low: low)
    }

    static prefix func - (a: Wide) -> Wide {
        Wide(high: ~a.high, low: ~a.low) + Wide(1)
    }

    static func - (a: Wide, b: Wide) -> Wide { a + (-b) }

    var isNegative: Bool { high < 0 }

    /// |self|.
    var magnitude: Wide { isNegative ? -self : self }

    /// The value as an `Int64`, or `nil` when it does not fit.
    var int64: Int64? {
        let v = Int64(bitPattern: low)
        return Wide(v) == self ? v : nil
    }

    /// The value clamped to `Int64`'s range.
    var clampedInt64: Int64 {
        if let v = int64 { return v }
        return isNegative ? .min : .max
    }

    static func < (a: Wide, b: Wide) -> Bool { (a.high, a.low) < (b.high, b.low) }
}
