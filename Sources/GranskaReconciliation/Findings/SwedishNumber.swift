import GranskaCore

/// Numbers as Swedish text: digits grouped in threes by a space (`112 690 622`).
enum SwedishNumber {
    /// `112690622` → `"112 690 622"`, `-4500` → `"−4 500"` (with a minus sign U+2212).
    static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value.magnitude).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: " ")) }
            out.append(d)
        }
        let text = String(decoding: out, as: UTF8.self)
        return value < 0 ? "\u{2212}" + text : text
    }

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
