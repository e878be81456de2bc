import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaMetrics

/// `percentOneDecimal` in integers against reading the text of `decimal(3)`, as it was computed
/// before: same text for fixed, extreme and seeded random fractions.
@Test func percentOneDecimalMatchesReadingTheDecimalText() throws {
    let extremes: [Int64] = [0, 1, -1, 2, 7, 9, 10, 184, 290, 999, -999_999, Int64.max, Int64.min, Int64.max / 100]
    var cases: [(Int64, Int64)] = []
    for n in extremes { for d in extremes where d != 0 { cases.append((n, d)) } }
    var random = SeededGenerator(seed: 29)
    for _ in 0..<5000 {
        let n = Int64(bitPattern: random.next()) >> Int64(random.next() % 64)
        var d = Int64(bitPattern: random.next()) >> Int64(random.next() % 64)
        if d == 0 { d = 7 }
        cases.append((n, d))
    }
    for (n, d) in cases {
        // Fraction negates a negative denominator: Int64.min there cannot be negated.
        if d < 0 && (d == Int64.min || n == Int64.min) { continue }
        let f = try #require(Fraction(n, d))
        #expect(f.percentOneDecimal == f.percentOneDecimalFromText, "\(n)/\(d)")
    }
}
