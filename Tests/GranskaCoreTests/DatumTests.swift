import Testing
@testable import GranskaCore

@Suite struct DatumTests {
    @Test(arguments: [
        ("2025-03-14", true), ("2024-02-29", true), ("2025-02-29", false), ("2025-13-01", false),
        ("2025-3-14", false), (" 2025-03-14 ", true), ("", false), ("20250314", false),
    ])
    func readsISODates(text: String, valid: Bool) {
        #expect((Datum(iso: text) != nil) == valid)
    }

    @Test func dayNumbersRoundTripOverFourCenturies() {
        var previous = Datum(year: 1899, month: 12, day: 31)!.dayNumber
        for n in (previous + 1)...(previous + 146_097) {
            let d = Datum(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(d.dayNumber == previous + 1)
            previous = n
        }
        #expect(Datum(iso: "1970-01-01")!.dayNumber == 0)
    }

    @Test(arguments: [
        ("2025-03-14T16:05", "2025-03-14T16:05"), ("2025-03-14 16:05", "2025-03-14T16:05"),
        ("2025-03-14T16:05:07", "2025-03-14T16:05:07"), ("2025-03-14", "2025-03-14T00:00"),
    ])
    func readsTimestamps(text: String, printed: String) {
        #expect(Tidpunkt(iso: text)?.description == printed)
    }

    @Test(arguments: ["2025-03-14T24:00", "2025-03-14T16", "2025-03-14X16:05", "igår"])
    func rejectsBadTimestamps(text: String) {
        #expect(Tidpunkt(iso: text) == nil)
    }
}

@Suite struct FractionTests {
    @Test func roundsToWholePercentLikeThePublishedDeclarations() {
        #expect(Fraction(184, 290)!.wholePercent == 63)
        #expect(Fraction(17, 21)!.wholePercent == 81)
        #expect(Fraction(1, 200)!.wholePercent == 1)  // 0.5 % rounds half up
        #expect(Fraction(Int64.max, Int64.max)!.wholePercent == 100)
    }

    @Test func printsExactDecimals() {
        #expect(Fraction(114_143_863, 112_690_622)!.decimal(6) == "1.012896")
        #expect(Fraction(2, 3)!.decimal(3) == "0.667")
        #expect(Fraction(999, 1000)!.decimal(2) == "1.00")
        #expect(Fraction(5, 1)!.decimal(0) == "5")
        #expect(Fraction(1, 0) == nil)
    }

    @Test func comparesWithoutOverflow() {
        #expect(Fraction(Int64.max - 1, Int64.max)! < Fraction(1, 1)!)
        #expect(Fraction(2, 4)! == Fraction(1, 2)!)
        #expect(Set([Fraction(2, 4)!, Fraction(1, 2)!]).count == 1)
    }
}
