import GranskaCore

/// Numbers as a Swedish statistician writes them: groups of three digits separated by a no-break
/// space (U+00A0), a decimal comma, `%` after a no-break space, a true minus sign (U+2212).
///
/// The no-break space keeps a number on one line and keeps two adjacent numbers apart.
public enum SwedishNumberFormat {
    /// The no-break space used between digit groups and before units.
    public static let space = "\u{00A0}"
    /// The minus sign (U+2212) used for negative values.
    public static let minus = "\u{2212}"

    /// `1234567` → `"1 234 567"`; negative values with `−`.
    public static func integer(_ value: Int64) -> String {
        DecimalText.grouped(value, separator: space, minus: minus)
    }

    /// `12` → `"+12"`, `-3` → `"−3"`, `0` → `"0"`: a change, with its sign always written.
    public static func signed(_ value: Int64) -> String {
        value > 0 ? "+" + integer(value) : integer(value)
    }

    /// Whole kronor: `94873872` → `"94 873 872 kr"`.
    public static func kronor(_ value: Kronor) -> String { integer(value) + space + "kr" }

    /// A ratio as a whole percent, half up: 258/272 → `"95 %"`.
    public static func percent(_ value: Fraction) -> String { integer(value.wholePercent) + space + "%" }

    /// A ratio as a decimal with `places` digits and a decimal comma: `"1,0129"`.
    public static func decimal(_ value: Fraction, places: Int) -> String {
        var s = value.decimal(places)
        if s.hasPrefix("-") { s = minus + s.dropFirst() }
        return s.replacing(".", with: ",")
    }
}
