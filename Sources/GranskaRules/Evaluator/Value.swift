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
    /// A tidpunkt as seconds since 1970-01-01T00:00 (local time, as the survey exports it);
    /// kept as a number so that a value stays small on the evaluator's hot path.
    case time(Int64)

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

extension Value {
    init(tidpunkt t: Tidpunkt?) {
        guard let t else {
            self = .missing
            return
        }
        self = .time(Int64(t.datum.dayNumber) * 86_400 + Int64(t.hour * 3_600 + t.minute * 60 + t.second))
    }

    /// The day (since 1970-01-01) of a `.time` value.
    static func day(ofSeconds s: Int64) -> Int {
        Int(s >= 0 ? s / 86_400 : (s - 86_399) / 86_400)
    }

    /// The tidpunkt of a `.time` value.
    static func tidpunkt(ofSeconds s: Int64) -> Tidpunkt? {
        let day = day(ofSeconds: s)
        let rest = Int(s - Int64(day) * 86_400)
        return Tidpunkt(datum: Datum(dayNumber: day), hour: rest / 3_600, minute: rest % 3_600 / 60, second: rest % 60)
    }
}
