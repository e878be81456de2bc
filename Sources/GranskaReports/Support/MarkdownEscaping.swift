/// Escaping for Markdown inline text: the one place Markdown output is escaped.
///
/// Text from the data (names, metadata) must read as the same characters in any CommonMark
/// renderer and must never open markup, a link, raw HTML, an entity or a table cell, while the
/// Markdown source stays readable. So, with backslash escapes (valid for any ASCII punctuation):
/// - always: `\` `` ` `` `*` `[` `]` `|` `<` `#` `~`;
/// - `&` when a letter or `#` follows (it could start an entity such as `&amp;`);
/// - `_` at the edge of a word (inside a word, as in `ej_rekvirerat`, it cannot emphasise);
/// - at the start of the text: `>` (a quote), and `-`, `+`, `=` or digits followed by `.` or `)`
///   when a space or the end follows (a list item or a heading underline);
/// - line breaks become spaces: a value is always inline.
public enum MarkdownEscaping {
    /// `s` escaped for use as Markdown inline text.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func escape(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let leadingDigits = scalars.prefix { $0.properties.numericType != nil && $0.isASCII }.count
        for (i, scalar) in scalars.enumerated() {
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            let previous: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
            let nextIsSpaceOrEnd = next == nil || next == " " || next == "\t"
            var escape = false
            switch scalar {
            case "\\", "`", "*", "[", "]", "|", "<", "#", "~":
                escape = true
            case "&":
                escape = next.map { $0 == "#" || $0.properties.isAlphabetic } ?? false
            case "_":
                escape = !(previous.map(isWordScalar) ?? false) || !(next.map(isWordScalar) ?? false)
            case ">":
                escape = i == 0
            case "-", "+", "=":
                escape = i == 0 && (nextIsSpaceOrEnd || scalars.allSatisfy { $0 == scalar })
            case ".", ")":
                escape = i > 0 && i == leadingDigits && nextIsSpaceOrEnd
            case "\n", "\r", "\u{2028}", "\u{2029}":
                out += " "
                continue
            default:
                break
            }
            if escape { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || (c.isASCII && c.properties.numericType != nil)
    }

    /// `s` as a code span: line breaks become spaces, and the fence is one backtick longer than
    /// the longest run of backticks in `s`.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func codeSpan(_ s: String) -> String {
        var longest = 0
        var run = 0
        var body = ""
        for scalar in s.unicodeScalars {
            if scalar == "`" {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}": body += " "
            default: body.unicodeScalars.append(scalar)
            }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
        // Nothing is escaped inside a code span in CommonMark; `<`, `>` and `&` are literal there.
        return fence + pad + body + pad + fence
    }
}
