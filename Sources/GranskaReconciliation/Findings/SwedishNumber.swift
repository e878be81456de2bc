import GranskaCore

/// Numbers as Swedish text: digits grouped in threes by a space (`112 690 622`).
enum SwedishNumber {
    /// `112690622` → `"112 690 622"`, `-4500` → `"−4 500"` (with a minus sign U+2212).
    static func grouped(_ value: Int64) -> String { DecimalText.grouped(value) }

    /// `"112 690 622 kr"`.
    static func kronor(_ value: Int64) -> String { grouped(value) + " kr" }

    /// J for a sentence: `"114143863/112690622 ≈ 1,012896"` (decimal comma).
    static func factor(_ j: Fraction) -> String {
        "\(j.description) ≈ " + j.decimal(6).replacingComma()
    }
}

extension String {
    /// The decimal point as a Swedish decimal comma.
    fileprivate func replacingComma() -> String {
        String(map { $0 == "." ? "," : $0 })
    }
}
