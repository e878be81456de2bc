import GranskaTestSupport
import Testing

@testable import GranskaCore

/// `decimal(_:)` against the digit-by-digit reference it replaced: same text for fixed and seeded
/// random fractions, signs and extremes included.
@Suite struct FractionDecimalTests {
    /// The implementation before the one-buffer version, verbatim in behaviour.
    static func reference(_ f: Fraction, _ places: Int) -> String {
        let negative = f.numerator < 0
        let n = f.numerator.magnitude
        let d = f.denominator.magnitude
        var whole = n / d
        var rest = n % d
        var digits: [UInt8] = []
        for _ in 0..<max(0, places) {
            let (hi, lo) = rest.multipliedFullWidth(by: 10)
            let (q, r) = d.dividingFullWidth((hi, lo))
            digits.append(UInt8(q))
            rest = r
        }
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
        if !digits.isEmpty { s += "." + String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self) }
        return s
    }

    static let extremes: [Int64] = [0, 1, -1, 2, 7, 9, 10, 999, -999_999, 1_000_000, Int64.max, Int64.min, Int64.max - 1]

    @Test func matchesTheReference() throws {
        var cases: [(Int64, Int64)] = []
        for n in Self.extremes { for d in Self.extremes where d != 0 { cases.append((n, d)) } }
        var random = SeededGenerator(seed: 17)
        for _ in 0..<3000 {
            let n = Int64(bitPattern: random.next()) >> Int64(random.next() % 64)
            var d = Int64(bitPattern: random.next()) >> Int64(random.next() % 64)
            if d == 0 { d = 3 }
            cases.append((n, d))
        }
        cases += [(184, 290), (17, 21), (1, 1), (114_143_863, 112_690_622), (-5, 10), (5, 9_999_999)]
        for (n, d) in cases {
            // Fraction negates a negative denominator: Int64.min there cannot be negated.
            guard let f = Fraction(n, d) else {
                #expect(d < 0 && (d == Int64.min || n == Int64.min), "\(n)/\(d)")
                continue
            }
            for places in [0, 1, 3, 6, 9] {
                #expect(f.decimal(places) == Self.reference(f, places), "\(n)/\(d) places \(places)")
            }
        }
    }

    /// The edges of Int64 give `nil` or a saturated percent, never a trap, and hashing agrees
    /// with equality there too.
    @Test func extremesNeverTrap() throws {
        #expect(Fraction(Int64.min, -1) == nil)
        #expect(Fraction(1, Int64.min) == nil)
        #expect(Fraction(5, 0) == nil)
        let minOverOne = try #require(Fraction(Int64.min, 1))
        #expect(minOverOne.wholePercent == Int64.min)
        #expect(try #require(Fraction(Int64.max, 1)).wholePercent == Int64.max)
        #expect(try #require(Fraction(Int64.max, Int64.max)).wholePercent == 100)
        #expect(try #require(Fraction(-3, 4)).wholePercent == -75)
        let halves: Set<Fraction> = [try #require(Fraction(1, 2)), try #require(Fraction(-2, -4)), try #require(Fraction(7, 7))]
        #expect(halves.count == 2)
        let big: Set<Fraction> = [try #require(Fraction(Int64.min, 2)), try #require(Fraction(Int64.min / 2, 1)), minOverOne]
        #expect(big.count == 2)
    }
}
