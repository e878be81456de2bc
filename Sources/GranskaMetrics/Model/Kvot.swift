import GranskaCore

/// A rate as it was counted: numerator and denominator, and the exact ``Fraction`` when one
/// exists.
///
/// Counts and weights are kept whole (units, persons, whole kronor). When no fraction can be
/// formed, ``orsak`` says why, so a report can print the reason instead of a number.
public struct Kvot: Hashable, Sendable {
    /// Why a rate could not be formed.
    public enum EjBeraknad: String, Hashable, Sendable, CaseIterable {
        /// The denominator is 0: the base is empty, or every weight in it is 0.
        case tomNamnare = "tom_namnare"
        /// A weight in the base is negative (a negative `fordelat`), so a share means nothing.
        case negativVikt = "negativ_vikt"
        /// A sum of weights does not fit in 64 bits.
        case forStortTal = "for_stort_tal"

        /// A Swedish sentence for reports.
        public var beskrivning: String {
            switch self {
            case .tomNamnare: "kan inte beräknas: nämnaren är 0 (ingen enhet eller ingen vikt i basen)"
            case .negativVikt: "kan inte beräknas: en vikt i basen är negativ"
            case .forStortTal: "kan inte beräknas: summan av vikterna är för stor"
            }
        }
    }

    /// The numerator: units, persons or whole kronor.
    public var taljare: Int64
    /// The denominator, in the numerator's unit.
    public var namnare: Int64
    /// Set when the rate cannot be formed even though the denominator may look usable.
    private var fel: EjBeraknad?

    /// A plain count ratio.
    public init(_ taljare: Int64, _ namnare: Int64) {
        self.taljare = taljare
        self.namnare = namnare
        self.fel = nil
    }

    /// A ratio whose sums were accumulated by ``Viktsumma``: their problems carry over.
    init(_ taljare: Viktsumma, _ namnare: Viktsumma) {
        self.taljare = taljare.summa
        self.namnare = namnare.summa
        self.fel = taljare.fel ?? namnare.fel
    }

    /// A plain count ratio of `Int` counts.
    init(_ taljare: Int, _ namnare: Int) {
        self.init(Int64(taljare), Int64(namnare))
    }

    /// The exact rate `taljare/namnare`, unreduced; `nil` when ``orsak`` is set.
    public var andel: Fraction? {
        guard fel == nil else { return nil }
        return Fraction(taljare, namnare)
    }

    /// Why ``andel`` is `nil`; `nil` when it is not.
    public var orsak: EjBeraknad? {
        if let fel { return fel }
        return namnare == 0 ? .tomNamnare : nil
    }

    /// The complement `(namnare − taljare)/namnare`: the non-response rate of a response rate.
    public var komplement: Kvot {
        var k = self
        k.taljare = namnare &- taljare
        return k
    }
}

/// A running sum of non-negative whole weights (persons, kronor) that notes overflow and negative
/// weights instead of trapping.
struct Viktsumma: Hashable, Sendable {
    private(set) var summa: Int64 = 0
    private(set) var fel: Kvot.EjBeraknad?

    mutating func add(_ vikt: Int64) {
        if fel == .forStortTal { return }
        if vikt < 0 { fel = .negativVikt }
        let (s, overflow) = summa.addingReportingOverflow(vikt)
        if overflow {
            fel = .forStortTal
        } else {
            summa = s
        }
    }

    mutating func add(_ other: Viktsumma) {
        if let f = other.fel, fel != .forStortTal { fel = f }
        add(other.summa)
    }
}

extension Fraction {
    /// The value as a percent with one decimal, rounded half up on that decimal: 184/290 → "63.4",
    /// 17/21 → "81.0", 1/1 → "100.0". A point, not a comma: reports localise it.
    public var percentOneDecimal: String {
        // decimal(3) rounds the ratio at its third decimal, which is the first decimal of the percent.
        let text = decimal(3)
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = Int64(parts[0]), parts[1].count == 3 else { return text }
        let frac = Array(parts[1].utf8).map { Int64($0) - 0x30 }
        let (hundreds, overflow) = whole.multipliedReportingOverflow(by: 100)
        let (percent, overflow2) = hundreds.addingReportingOverflow(frac[0] * 10 + frac[1])
        guard !overflow, !overflow2 else { return text }
        return (negative ? "-" : "") + "\(percent).\(frac[2])"
    }
}
