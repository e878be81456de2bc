import GranskaCore
import GranskaMetrics

/// One figure of a declaration, or a group or list of them: the single tree that both the
/// templates and the JSON are made from, so a number the text prints is always in the JSON.
///
/// Paths into the tree (`svar.sena`, `enkat.id`) are the placeholder names of the templates and
/// the keys of the JSON.
public indirect enum DeclarationValue: Sendable, Hashable {
    /// Text from the data or `deklaration.txt`.
    case text(String)
    /// A count: `1 234`.
    case integer(Int64)
    /// A number written without digit groups, such as a year: `2024`.
    case plain(Int64)
    /// A change, with its sign written: `+3`, `−2`.
    case signed(Int64)
    /// Whole kronor: `94 873 872 kr`.
    case kronor(Kronor)
    /// A change in whole kronor, with its sign written: `+1 250 000 kr`.
    case signedKronor(Kronor)
    /// A share printed as a whole percent (`95 %`); the JSON keeps the exact fraction.
    case rate(Fraction)
    /// A share printed as a percent with one decimal (`1,7 %`), for small shares where a whole
    /// percent would hide the difference; the JSON keeps the exact fraction.
    case rateOneDecimal(Fraction)
    /// Amounts in whole kronor, printed as one list: `100 000, 10 000 och 1 000 kr`; `inga` when
    /// empty. The JSON holds them as an array of integers.
    case kronorList([Kronor])
    /// A factor printed with four decimals (`1,0129`), e.g. J.
    case factor(Fraction)
    case date(Datum)
    case flag(Bool)
    /// A fact `deklaration.txt` should give but does not: printed as a notice naming the key.
    case missing(MetadataKey)
    /// A figure the input does not give (an empty cell of `omgang.csv`, no earlier round):
    /// printed "uppgift saknas".
    case absent
    /// A figure that cannot exist for this input, such as a share of an empty population:
    /// printed "ej tillämpligt".
    case notApplicable
    case record([String: DeclarationValue])
    case list([DeclarationValue])

    /// The number of decimals a ``factor(_:)`` is printed with, in text and JSON alike.
    public static let factorPlaces = 4
    /// The number of decimals a ``rate(_:)`` keeps in the JSON's `decimal`.
    public static let ratePlaces = 4

    /// The member at `key` of a record; `nil` for anything else or an unknown key.
    public subscript(key: String) -> DeclarationValue? {
        if case .record(let members) = self { return members[key] }
        return nil
    }

    /// Whether `{{#om …}}` shows its body: false for a missing or absent value, `false`, zero,
    /// an empty text or an empty list; true otherwise.
    public var isTruthy: Bool {
        switch self {
        case .missing, .absent, .notApplicable: false
        case .flag(let b): b
        case .integer(let i), .plain(let i), .signed(let i), .kronor(let i), .signedKronor(let i): i != 0
        case .text(let s): !s.isBlank
        case .list(let items): !items.isEmpty
        case .kronorList(let amounts): !amounts.isEmpty
        case .record(let members): !members.isEmpty
        case .rate, .rateOneDecimal, .factor, .date: true
        }
    }

    /// The value as one line of Swedish text (numbers formatted with ``SwedishNumberFormat``);
    /// `nil` for ``missing(_:)``, a record or a list, which the renderers treat otherwise.
    public var displayText: String? {
        switch self {
        case .text(let s): s
        case .integer(let i): SwedishNumberFormat.integer(i)
        case .plain(let i): String(i)
        case .signed(let i): SwedishNumberFormat.signed(i)
        case .signedKronor(let k): SwedishNumberFormat.signed(k) + SwedishNumberFormat.space + "kr"
        case .kronor(let k): SwedishNumberFormat.kronor(k)
        case .rate(let f): SwedishNumberFormat.percent(f)
        case .rateOneDecimal(let f): DeclarationValue.percentOneDecimal(f)
        case .kronorList(let amounts): DeclarationValue.kronorList(amounts)
        case .factor(let f): SwedishNumberFormat.decimal(f, places: DeclarationValue.factorPlaces)
        case .date(let d): d.description
        case .flag(let b): b ? "ja" : "nej"
        case .absent: "uppgift saknas"
        case .notApplicable: "ej tillämpligt"
        case .missing, .record, .list: nil
        }
    }

    /// The value in the declaration's JSON: counts and kronor as exact integers, shares as
    /// `{"kvot", "decimal", "procent"}`, factors as `{"kvot", "decimal"}`, dates as ISO text,
    /// missing and absent values as `null`.
    public var json: JSONValue {
        switch self {
        case .text(let s): .string(s)
        case .integer(let i), .plain(let i), .signed(let i), .kronor(let i), .signedKronor(let i): .int(i)
        case .rate(let f):
            .object([
                "kvot": .string(f.description), "decimal": .string(f.decimal(DeclarationValue.ratePlaces)),
                "procent": .int(f.wholePercent),
            ])
        case .rateOneDecimal(let f):
            .object([
                "kvot": .string(f.description), "decimal": .string(f.decimal(DeclarationValue.ratePlaces)),
                "procent": .int(f.wholePercent), "procent_1": .number(f.percentOneDecimal),
            ])
        case .kronorList(let amounts): .array(amounts.map { .int($0) })
        case .factor(let f):
            .object(["kvot": .string(f.description), "decimal": .string(f.decimal(DeclarationValue.factorPlaces))])
        case .date(let d): .string(d.description)
        case .flag(let b): .bool(b)
        case .missing, .absent, .notApplicable: .null
        case .record(let members): .object(members.mapValues(\.json))
        case .list(let items): .array(items.map(\.json))
        }
    }

    /// `1,7 %`: the share in percent with one decimal (half up), a decimal comma and a minus sign.
    static func percentOneDecimal(_ f: Fraction) -> String {
        var s = f.percentOneDecimal
        if s.hasPrefix("-") { s = SwedishNumberFormat.minus + s.dropFirst() }
        return s.replacing(".", with: ",") + SwedishNumberFormat.space + "%"
    }

    /// `100 000, 10 000 och 1 000 kr`, `1 000 kr`, or `inga` for no amounts.
    static func kronorList(_ amounts: [Kronor]) -> String {
        let parts = amounts.map(SwedishNumberFormat.integer)
        guard let last = parts.last else { return "inga" }
        let head = parts.dropLast().joined(separator: ", ")
        return (head.isEmpty ? last : head + " och " + last) + SwedishNumberFormat.space + "kr"
    }

    /// Convenience: a share with one decimal, or `.notApplicable` when there is none.
    static func shareOneDecimal(_ value: Fraction?) -> DeclarationValue {
        value.map { .rateOneDecimal($0) } ?? .notApplicable
    }

    /// Convenience: `.integer` from an `Int`.
    static func int(_ i: Int) -> DeclarationValue { .integer(Int64(i)) }
    /// Convenience: a share, or `.notApplicable` when there is none (an empty base).
    static func share(_ value: Fraction?) -> DeclarationValue { value.map { .rate($0) } ?? .notApplicable }
}
