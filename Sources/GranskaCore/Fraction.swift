/// An exact non-negative ratio of whole numbers, kept unreduced as given and printable as a
/// decimal. Used for the justeringsfaktor J = T/S and for rates, never rounded on the way.
public struct Fraction: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var numerator: Int64
    /// Never zero.
    public var denominator: Int64

    /// `nil` when the denominator is zero.
    public init?(_ numerator: Int64, _ denominator: Int64) {
        guard denominator != 0 else { return nil }
        if denominator < 0 {
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
        var whole = n / d
        var rest = n % d
        var digits: [UInt8] = []
        for _ in 0..<max(0, places) {
            let (hi, lo) = rest.multipliedFullWidth(by: 10)
            let (q, r) = d.dividingFullWidth((hi, lo))
            digits.append(UInt8(q))
            rest = r
        }
        // Round half away from zero on the next digit: 2·rest ≥ d.
        let (hi, lo) = rest.multipliedFullWidth(by: 2)
        if hi > 0 || lo >= d {
            var i = digits.count - 1
            var carry = true
            while carry && i >= 0 {
                if digits[i] == 9 {
                    digits[i] = 0
                    i -= 1
                } else {
                    digits[i] += 1
                    carry = false
                }
            }
            if carry { whole += 1 }
        }
        var s = negative && (whole != 0 || digits.contains { $0 != 0 }) ? "-" : ""
        s += String(whole)
        if !digits.isEmpty {
            s += "." + String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
        }
        return s
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
        let q = (2 * d).dividingFullWidth((hi, lo)).quotient
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
        let g = Fraction.gcd(numerator.magnitude, denominator.magnitude)
        hasher.combine(numerator / Int64(g))
        hasher.combine(denominator / Int64(g))
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }
}
