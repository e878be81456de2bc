import GranskaCore

/// A value while a rule is evaluated. The static ``ValueType`` says which case to expect; any
/// value may be `missing` (an unreadable amount, no rekvisition, an unknown enkät) except
/// sanning values, which are always `sant` or `falskt`.
enum Value: Hashable, Sendable, Comparable {
    case missing
    case bool(Bool)
    /// `belopp` (whole kronor) and `heltal`.
    case int(Int64)
    case text(String)
    /// A date as days since 1970-01-01.
    case date(Int)
    case time(Tidpunkt)

    var isMissing: Bool { if case .missing = self { true } else { false } }

    var bool: Bool { if case .bool(let b) = self { b } else { false } }

    /// Order within one case; values of different cases never meet after type checking, and
    /// are ordered by case for completeness.
    static func < (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): x < y
        case let (.text(x), .text(y)): x < y
        case let (.date(x), .date(y)): x < y
        case let (.time(x), .time(y)): x < y
        case let (.bool(x), .bool(y)): !x && y
        default: a.caseRank < b.caseRank
        }
    }

    private var caseRank: Int {
        switch self {
        case .missing: 0
        case .bool: 1
        case .int: 2
        case .text: 3
        case .date: 4
        case .time: 5
        }
    }
}
