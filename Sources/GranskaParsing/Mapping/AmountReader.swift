import GranskaCore

/// Reads an amount of money as a respondent typed it, by the data contract's rule.
///
/// After trimming surrounding white space (space, tab, CR, LF, U+00A0, U+202F):
/// - empty → ``Belopp/Tolkning/tom``;
/// - plain digits with an optional leading `-` (`164082`, `-24062`, `007`) → ``Belopp/Tolkning/siffror``;
/// - unambiguous text → ``Belopp/Tolkning/text``: an optional leading `-`; an integer part that is
///   either plain digits or thousands groups (a first group of 1–3 digits, then groups of exactly
///   3 separated by one space, no-break space U+00A0 or narrow no-break space U+202F); an optional
///   decimal comma followed by digits; an optional `kr`, `tkr` (×1 000) or `mkr` (×1 000 000)
///   suffix in any case, with or without one separator before it. Decimals are allowed only where
///   they still leave whole kronor: trailing zeros are ignored, then at most 0 (none, `kr`),
///   3 (`tkr`) or 6 (`mkr`) decimals remain (`1250000,00`, `1,25 mkr`, `1 250,5 tkr`);
/// - anything else → ``Belopp/Tolkning/olaslig`` with `kronor == nil`: words (`se bilaga`,
///   `ca 500 000`), a fraction of a krona (`12,50`), a point as separator (`1.250.000`), wrong
///   groups (`1 25 000`), a `+` sign or a typographic minus (U+2212), or a value whose magnitude
///   exceeds `Int64.max` kronor (also after multiplying by the suffix).
///
/// The sign is kept as typed: `-500` reads as −500 kronor (the rules flag it as `negativt`).
/// Since the rules count a sign error as positive, −9 223 372 036 854 775 808 (whose magnitude
/// does not fit) is unreadable too.
///
/// Works on UTF-8 bytes; no regular expressions, no number formatters.
public enum AmountReader {
    /// Reads one cell.
    ///
    /// - Parameter text: the cell exactly as typed; kept in ``Belopp/text``.
    /// - Returns: the text, the whole kronor read (signed) or `nil`, and how it was read.
    /// - Complexity: O(length of the text).
    public static func read(_ text: String) -> Belopp {
        var copy = text
        let (kronor, tolkning) = copy.withUTF8 { parse($0) }
        return Belopp(text: text, kronor: kronor, tolkning: tolkning)
    }

    /// Reads UTF-8 bytes by the rule above.
    ///
    /// - Complexity: O(count).
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> (Kronor?, Belopp.Tolkning) {
        var lo = 0
        var hi = b.count
        while lo < hi {
            let s = spaceLength(b, at: lo, end: hi)
            if s == 0 { break }
            lo += s
        }
        while lo < hi {
            let s = trailingSpaceLength(b, endingAt: hi, start: lo)
            if s == 0 { break }
            hi -= s
        }
        if lo == hi { return (nil, .tom) }

        var i = lo
        let negative = b[i] == 0x2D
        if negative { i += 1 }
        let firstStart = i
        while i < hi && isDigit(b[i]) { i += 1 }
        let firstLength = i - firstStart
        guard firstLength > 0 else { return (nil, .olaslig) }
        guard var magnitude = digitsValue(b, firstStart, i) else { return (nil, .olaslig) }
        if i == hi { return (negative ? -magnitude : magnitude, .siffror) }

        // Thousands groups after a first group of 1–3 digits.
        if firstLength <= 3 {
            while true {
                let s = separatorLength(b, at: i, end: hi)
                guard s > 0, i + s + 3 <= hi, isDigit(b[i + s]), isDigit(b[i + s + 1]), isDigit(b[i + s + 2]),
                    i + s + 3 == hi || !isDigit(b[i + s + 3])
                else { break }
                guard let group = digitsValue(b, i + s, i + s + 3),
                    let value = checkedMultiplyAdd(magnitude, 1000, group)
                else { return (nil, .olaslig) }
                magnitude = value
                i += s + 3
            }
        }

        // A decimal comma.
        var fractionStart = i
        var fractionEnd = i
        if i < hi && b[i] == 0x2C {
            i += 1
            fractionStart = i
            while i < hi && isDigit(b[i]) { i += 1 }
            fractionEnd = i
            guard fractionEnd > fractionStart else { return (nil, .olaslig) }
        }

        // An optional separator, then a kr/tkr/mkr suffix.
        var scale = 0
        let s = separatorLength(b, at: i, end: hi)
        i += s
        if i < hi || s > 0 {
            guard let suffixScale = suffix(b, i, hi) else { return (nil, .olaslig) }
            scale = suffixScale
        }

        // Decimals must leave whole kronor once trailing zeros are dropped.
        while fractionEnd > fractionStart && b[fractionEnd - 1] == 0x30 { fractionEnd -= 1 }
        let decimals = fractionEnd - fractionStart
        guard decimals <= scale else { return (nil, .olaslig) }
        var unit: Int64 = 1
        for _ in 0..<scale { unit *= 10 }
        var fractionUnit: Int64 = 1
        for _ in 0..<(scale - decimals) { fractionUnit *= 10 }
        guard let fraction = digitsValue(b, fractionStart, fractionEnd),
            let whole = checkedMultiplyAdd(magnitude, unit, 0),
            let value = checkedMultiplyAdd(fraction, fractionUnit, whole)
        else { return (nil, .olaslig) }
        return (negative ? -value : value, .text)
    }

    /// The decimal exponent of a `kr`/`tkr`/`mkr` suffix spanning exactly `b[from..<to]`, any case.
    static func suffix(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        let length = to - from
        guard length == 2 || length == 3 else { return nil }
        var scale = 0
        var k = from
        if length == 3 {
            switch b[k] | 0x20 {
            case UInt8(ascii: "t"): scale = 3
            case UInt8(ascii: "m"): scale = 6
            default: return nil
            }
            k += 1
        }
        guard b[k] | 0x20 == UInt8(ascii: "k"), b[k + 1] | 0x20 == UInt8(ascii: "r") else { return nil }
        return scale
    }

    /// The value of the ASCII digits `b[from..<to]` (0 when empty), or `nil` beyond `Int64.max`.
    static func digitsValue(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int64? {
        var value: Int64 = 0
        var k = from
        while k < to {
            guard let next = checkedMultiplyAdd(value, 10, Int64(b[k] &- 0x30)) else { return nil }
            value = next
            k += 1
        }
        return value
    }

    /// `a · m + c`, or `nil` on overflow.
    @inline(__always)
    static func checkedMultiplyAdd(_ a: Int64, _ m: Int64, _ c: Int64) -> Int64? {
        let (product, o1) = a.multipliedReportingOverflow(by: m)
        guard !o1 else { return nil }
        let (sum, o2) = product.addingReportingOverflow(c)
        return o2 ? nil : sum
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Length of a thousands separator at `i`: space (1), U+00A0 (2), U+202F (3), or 0.
    static func separatorLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        guard i < end else { return 0 }
        if b[i] == 0x20 { return 1 }
        if b[i] == 0xC2 && i + 1 < end && b[i + 1] == 0xA0 { return 2 }
        if b[i] == 0xE2 && i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0xAF { return 3 }
        return 0
    }

    /// Length of trimmable white space starting at `i` (a separator, tab, CR or LF), or 0.
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        guard i < end else { return 0 }
        if b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { return 1 }
        return separatorLength(b, at: i, end: end)
    }

    /// Length of trimmable white space ending just before `end`, or 0.
    static func trailingSpaceLength(_ b: UnsafeBufferPointer<UInt8>, endingAt end: Int, start: Int) -> Int {
        guard end > start else { return 0 }
        let last = b[end - 1]
        if last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { return 1 }
        if last == 0xA0 && end - 2 >= start && b[end - 2] == 0xC2 { return 2 }
        if last == 0xAF && end - 3 >= start && b[end - 3] == 0xE2 && b[end - 2] == 0x80 { return 3 }
        return 0
    }
}
