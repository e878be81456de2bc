/// Escaping for HTML text and attribute values: the one place HTML output is escaped.
///
/// `&` is replaced first so an entity produced here is never escaped twice. The result is safe in
/// element content and in single- or double-quoted attribute values.
public enum HTMLEscaping {
    /// `s` with `&`, `<`, `>`, `"` and `'` replaced by entities.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func escape(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        c == "&" || c == "<" || c == ">" || c == "\"" || c == "'"
    }
}
