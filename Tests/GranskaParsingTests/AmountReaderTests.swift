import GranskaCore
import Testing

@testable import GranskaParsing

@Suite struct AmountReaderTests {
    typealias T = Belopp.Tolkning

    /// Every spelling of the data contract and the brief: (text, kronor, tolkning).
    static let readable: [(String, Kronor, T)] = [
        // Plain digits with an optional leading minus: read as they stand.
        ("164082", 164_082, .siffror),
        ("0", 0, .siffror),
        ("007", 7, .siffror),
        ("-24062", -24_062, .siffror),
        ("-0", 0, .siffror),
        (" 164082 ", 164_082, .siffror),
        ("\t164082\r\n", 164_082, .siffror),
        ("\u{A0}500\u{202F}", 500, .siffror),
        ("9223372036854775807", Int64.max, .siffror),
        ("-9223372036854775807", -Int64.max, .siffror),
        // Thousands groups separated by space, no-break space or narrow no-break space.
        ("1 250 000", 1_250_000, .text),
        ("58 734", 58_734, .text),
        ("1\u{A0}250\u{A0}000", 1_250_000, .text),
        ("1\u{202F}250\u{202F}000", 1_250_000, .text),
        ("1 250\u{A0}000", 1_250_000, .text),
        ("999 999", 999_999, .text),
        ("-1 250 000", -1_250_000, .text),
        // kr, tkr, mkr in any case, with or without a separator before.
        ("4877305 kr", 4_877_305, .text),
        ("4877305kr", 4_877_305, .text),
        ("2\u{A0}826\u{A0}284 kr", 2_826_284, .text),
        ("8 788 830 KR", 8_788_830, .text),
        ("1 250 Kr", 1_250, .text),
        ("1 250 tkr", 1_250_000, .text),
        ("1250tkr", 1_250_000, .text),
        ("1250 TKR", 1_250_000, .text),
        ("2 mkr", 2_000_000, .text),
        ("2Mkr", 2_000_000, .text),
        ("-500 kr", -500, .text),
        ("12 kr\u{202F}", 12, .text),
        ("12\u{202F}kr", 12, .text),
        // A decimal comma that leaves whole kronor.
        ("1250000,00", 1_250_000, .text),
        ("286231,00", 286_231, .text),
        ("286231,0 kr", 286_231, .text),
        ("1 250 000,00 kr", 1_250_000, .text),
        ("1,25 mkr", 1_250_000, .text),
        ("1,250 mkr", 1_250_000, .text),
        ("1,000001 mkr", 1_000_001, .text),
        ("1 250,5 tkr", 1_250_500, .text),
        ("0,5 tkr", 500, .text),
        ("12,345 tkr", 12_345, .text),
        ("12,3450 tkr", 12_345, .text),
        // Boundaries.
        ("9 223 372 036 854 775 807 kr", Int64.max, .text),
        ("9 223 372 036 854 775 tkr", 9_223_372_036_854_775_000, .text),
        ("9223372036854,775807 mkr", Int64.max, .text),
    ]

    static let unreadable: [String] = [
        "se bilaga", "ca 500 000", "ingår i insats 1", "ej klart än", "?", "x", "12,50", "12,5", "1,5 kr",
        "1,2345 tkr", "1,0000001 mkr", "1.250.000", "1.250", "1 25 000", "1 2500", "1250 000", "12 34",
        "1 250 000,", ",5 tkr", "+500", "\u{2212}500", "- 500", "--500", "500-", "kr", "tkr 500", "kr 500",
        "500 kr kr", "500 sek", "500:-", "500  kr", "500 kr.", "1 250\t000", "5 0 0",
        // Beyond Int64: plain, grouped, and by the suffix's multiplication.
        "9223372036854775808", "-9223372036854775808", "99999999999999999999", "9 223 372 036 854 775 808",
        "9 223 372 036 854 776 tkr", "9223372036855 mkr", "9223372036854,775808 mkr",
    ]

    @Test(arguments: readable)
    func readsUnambiguousSpellings(text: String, kronor: Kronor, tolkning: T) {
        #expect(AmountReader.read(text) == Belopp(text: text, kronor: kronor, tolkning: tolkning))
    }

    @Test(arguments: unreadable)
    func refusesEverythingElse(text: String) {
        #expect(AmountReader.read(text) == Belopp(text: text, kronor: nil, tolkning: .olaslig))
    }

    @Test(arguments: ["", " ", "\u{A0}", "\t\r\n", "\u{202F} "])
    func readsBlankAsEmpty(text: String) {
        #expect(AmountReader.read(text) == Belopp(text: text, kronor: nil, tolkning: .tom))
    }

    /// Reading agrees with a slow model of the rule on every short string over the relevant
    /// characters: plain digits, or groups/comma/suffix, compared via exact decimal arithmetic.
    @Test func agreesWithASlowModelOnShortStrings() {
        let alphabet = ["1", "0", "5", " ", ",", "-", "k", "r", "t", "\u{A0}"]
        var checked = 0
        var strings = [""]
        for _ in 0..<5 {
            strings = strings.flatMap { s in alphabet.map { s + $0 } }
            for s in strings {
                #expect(AmountReader.read(s).kronor == Self.model(s), "\(s.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 100_000)
    }

    /// The rule written the slow way: split off sign, suffix, comma; check the groups.
    static func model(_ raw: String) -> Kronor? {
        var s = raw.trimmingSpaces()
        guard !s.isEmpty else { return nil }
        var sign: Kronor = 1
        if s.hasPrefix("-") {
            sign = -1
            s.removeFirst()
        }
        var scale = 0
        for (suffix, exponent) in [("tkr", 3), ("mkr", 6), ("kr", 0)] where s.lowercased().hasSuffix(suffix) {
            s.removeLast(suffix.count)
            if let last = s.last, last == " " || last == "\u{A0}" || last == "\u{202F}" { s.removeLast() }
            scale = exponent
            break
        }
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integer = String(parts[0])
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && fraction.isEmpty { return nil }
        guard fraction.allSatisfy(\.isASCIIDigitForModel) else { return nil }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= scale else { return nil }
        let groups = integer.split(omittingEmptySubsequences: false) { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" }
        guard let first = groups.first, !first.isEmpty, groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigitForModel) }) else {
            return nil
        }
        if groups.count > 1 {
            guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined() + fraction + String(repeating: "0", count: scale - fraction.count)
        guard let value = Kronor(digits) else { return nil }
        return sign * value
    }
}

extension Character {
    fileprivate var isASCIIDigitForModel: Bool { isASCII && isNumber }
}
