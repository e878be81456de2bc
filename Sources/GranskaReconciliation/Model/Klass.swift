import GranskaCore

/// The funds class of one (enkät, respondent): how the reported sum S relates to T.
///
/// The raw values are the data contract's words and the `feltyp` of the finding each class other
/// than `exakt` gives. The cases are listed in the order tables show them; the order in which the
/// contract tests them is in ``FundsClassifier``.
public enum Klass: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The unit answered but is outside the survey population (no rekvisition, or rekvirerat = 0).
    case ejRekvirerat = "ej_rekvirerat"
    /// S = T (also T = 0 with nothing reported).
    case exakt
    /// Every amount, or exactly one, was typed in thousands of kronor.
    case tusental
    /// Rounded amounts whose sum is within the rounding tolerance of T.
    case avrundning
    /// S > T (or T = 0 with amounts reported).
    case overrapportering
    /// S < T (or T > 0 with no readable amount).
    case underrapportering

    /// The severity of the finding the class gives (the contract's suggestion).
    public var allvarlighet: Allvarlighet {
        self == .avrundning || self == .exakt ? .info : .varning
    }

    /// The stable rule id of the reconciliation's finding for this class, e.g. `avst.tusental`.
    public var regel: String { "avst.\(rawValue)" }

    /// A short Swedish label for tables.
    public var etikett: String {
        switch self {
        case .ejRekvirerat: "ej rekvirerat"
        case .exakt: "exakt"
        case .tusental: "tusental"
        case .avrundning: "avrundning"
        case .overrapportering: "överrapportering"
        case .underrapportering: "underrapportering"
        }
    }

    private var rank: Int { Klass.allCases.firstIndex(of: self) ?? 0 }

    public static func < (a: Klass, b: Klass) -> Bool { a.rank < b.rank }
}
