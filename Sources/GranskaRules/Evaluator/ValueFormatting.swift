import GranskaCore

/// How values read in messages: amounts with spaces between thousands and `kr`, dates in ISO
/// form, a missing value as `(saknas)`.
enum ValueFormatting {
    /// The text a placeholder of static type `type` shows for `v`.
    static func format(_ v: Value, as type: ValueType) -> String {
        switch v {
        case .missing: "(saknas)"
        case .bool(let b): b ? "sant" : "falskt"
        case .int(let n): type == .belopp ? kronor(n) : String(n)
        case .text(let s): s
        case .date(let d): Datum(dayNumber: d).description
        case .time(let t): Value.tidpunkt(ofSeconds: t)?.description ?? "(saknas)"
        }
    }

    /// `1 250 000 kr`, `-161 963 kr` (whole kronor, a plain space between groups of three).
    static func kronor(_ n: Int64) -> String { DecimalText.grouped(n, minus: "-") + " kr" }

    /// `a`, `a och b`, `a, b och c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " och " + items[items.count - 1]
        }
    }
}
