extension String {
    /// The text escaped for XML character data and attribute values: `&` first, then `<`, `>`,
    /// `"`, `'`. Control characters that XML 1.0 cannot represent at all (below U+0020 except tab,
    /// LF, CR; U+FFFE, U+FFFF) become a visible `?`. In attributes, tab, LF and CR are written as
    /// character references so they survive attribute-value normalisation.
    func xmlEscaped(attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r":
                if attribute { out += "&#x\(String(scalar.value, radix: 16, uppercase: true));" } else { out.unicodeScalars.append(scalar) }
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
