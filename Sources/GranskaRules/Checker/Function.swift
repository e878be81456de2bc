/// The functions of the rule language. Scalar functions work on one value; aggregates range
/// over a group of insatser (see ``Aggregate``).
enum Function: String, Sendable, CaseIterable {
    /// `tom(x)`: x has no value, or is text that is blank after trimming.
    case tom
    /// `saknas(x)`: x has no value at all (an unreadable amount, no rekvisition, …).
    case saknas
    /// `trim(text)`: without leading and trailing white space.
    case trim
    /// `gemener(text)`: in lower case.
    case gemener
    /// `längd(text)`: the number of characters.
    case langd
    /// `abs(tal)`: the absolute value.
    case abs
    /// `år(datum)`: the year of a date or tidpunkt.
    case ar
    /// `datum(x)`: the date of a tidpunkt, or a text `YYYY-MM-DD` read as a date.
    case datum
    /// `saknade(f1, f2, …)`: the names of the listed fields that are `tom`, as "titel och status".
    case saknade

    /// The spelling shown to users.
    var display: String {
        switch self {
        case .langd: "längd"
        case .ar: "år"
        default: rawValue
        }
    }
}

/// Functions over a group of insatser: by default the insatser of the answer's counting
/// submission (insats and svar rules), of the enkät (enkät rules) or of the round (omgång rules);
/// `över` widens the group.
enum Aggregate: String, Sendable, CaseIterable {
    /// `antal()`: how many insatser; `antal(x)`: how many where x is sant (a condition) or has a
    /// value (anything else).
    case antal
    /// `antal_unika(x)`: how many different values x takes (missing values not counted).
    case antalUnika = "antal_unika"
    /// `summa(x)`: the sum of the values x has (0 when none); overflow makes it missing.
    case summa
    /// `min(x)`, `max(x)`: the smallest and largest value (missing when none).
    case min, max
    /// `dubblett(k1, k2, …)`: sant for an insats whose key equals that of an insats with a lower
    /// insats_nr in the same group: the later copy.
    case dubblett

    var display: String { rawValue }
}

/// A name after which `(` may follow.
enum Callable: Sendable {
    case function(Function)
    case aggregate(Aggregate)

    static let byFoldedName: [String: Callable] = {
        var map: [String: Callable] = [:]
        for f in Function.allCases { map[NameFolding.fold(f.rawValue)] = .function(f) }
        for a in Aggregate.allCases { map[NameFolding.fold(a.rawValue)] = .aggregate(a) }
        return map
    }()

    /// Every spelling shown to users, for suggestions.
    static let displayNames: [String] = Function.allCases.map(\.display) + Aggregate.allCases.map(\.display)
}
