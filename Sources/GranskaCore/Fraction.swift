/// An exact non-negative ratio of whole numbers, kept unreduced as given and printable as a
/// decimal. Used for the justeringsfaktor J = T/S and for rates, never rounded on the way.
public struct Fraction: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var numerator: Int64
    /// Never zero.
    public var denominator: Int64

    /// `nil` when the denominator is zero, or when it is negative and a sign cannot be moved to
    /// the numerator (`Int64.min` has no positive counterpart).
    public init?(_ numerator: Int64, _ denominator: Int64) {
        guard denominator != 0 else { return nil }
        if denominator < 0 {
            guard numerator != .min, denominator != .min else { return nil }
            self.numerator = -numerator
            self.denominator = -denominator
        } else {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// `"T/S"`: numerator and denominator as given.
    public var description: String { "\(numerator)/\(denominator)" }

    /// The value as a decimal string with `places` digits after the point, rounded half away
    /// from zero: `decimal(6)` of 114143863/112690622 is `"1.012896"`.
    public func decimal(_ places: Int) -> String {
        let negative = numerator < 0
        let n = numerator.magnitude
        let d = denominator.magnitude
        let count = max(0, places)
        var whole = n / d
        var rest = n % d
        // Sign, up to 20 digits of the whole part, the point and the decimals, built in one buffer.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 22) { out in
            var digitsNonZero = false
            for k in 0..<count {
                let (hi, lo) = rest.multipliedFullWidth(by: 10)
                let (q, r) = d.dividingFullWidth((hi, lo))
                out[22 + k] = UInt8(q)
                rest = r
            }
            // Round half away from zero on the next digit: 2·rest ≥ d.
            let (hi, lo) = rest.multipliedFullWidth(by: 2)
            if hi > 0 || lo >= d {
                var i = count - 1
                var carry = true
                while carry && i >= 0 {
                    if out[22 + i] == 9 {
                        out[22 + i] = 0
                        i -= 1
                    } else {
                        out[22 + i] += 1
                        carry = false
                    }
                }
                if carry { whole += 1 }
            }
            for k in 0..<count where out[22 + k] != 0 { digitsNonZero = true }
            // The whole part ends at index 20, the point is at 21, the decimals follow.
            var start = 21
            var w = whole
            repeat {
                start -= 1
                out[start] = UInt8(truncatingIfNeeded: w % 10) + 0x30
                w /= 10
            } while w > 0
            if negative && (whole != 0 || digitsNonZero) {
                start -= 1
                out[start] = 0x2D
            }
            var end = 21
            if count > 0 {
                out[21] = 0x2E
                for k in 0..<count { out[22 + k] += 0x30 }
                end = 22 + count
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[start..<end]), as: UTF8.self)
        }
    }

    /// The value rounded to a whole percent, half up, as the published declarations print it:
    /// 184/290 → 63, 17/21 → 81.
    public var wholePercent: Int64 {
        // (200·n + d) / (2·d) in 128-bit arithmetic, so large weights cannot overflow.
        let d = denominator.magnitude
        var (hi, lo) = numerator.magnitude.multipliedFullWidth(by: 200)
        let (sum, overflow) = lo.addingReportingOverflow(d)
        lo = sum
        if overflow { hi += 1 }
        // 2·d cannot overflow (d ≤ Int64.max); a quotient that does not fit (a percent beyond
        // 2⁶³) would trap, so it saturates.
        let divisor = 2 * d
        guard hi < divisor else { return numerator < 0 ? .min : .max }
        let q = divisor.dividingFullWidth((hi, lo)).quotient
        guard q <= UInt64(Int64.max) else { return numerator < 0 ? .min : .max }
        return numerator < 0 ? -Int64(q) : Int64(q)
    }

    /// For display and charts only; never for money.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    public static func < (a: Fraction, b: Fraction) -> Bool {
        let l = a.numerator.multipliedFullWidth(by: b.denominator)
        let r = b.numerator.multipliedFullWidth(by: a.denominator)
        return (l.high, l.low) < (r.high, r.low)
    }

    public static func == (a: Fraction, b: Fraction) -> Bool {
        a.numerator.multipliedFullWidth(by: b.denominator) == b.numerator.multipliedFullWidth(by: a.denominator)
    }

    public func hash(into hasher: inout Hasher) {
        // Reduced magnitudes and the sign: equal fractions hash alike, and Int64.min divides
        // without trapping.
        let g = Fraction.gcd(numerator.magnitude, denominator.magnitude)
        hasher.combine(numerator < 0)
        hasher.combine(numerator.magnitude / g)
        hasher.combine(denominator.magnitude / g)
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }
}
