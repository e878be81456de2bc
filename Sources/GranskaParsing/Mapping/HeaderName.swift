/// How a header cell is matched to a column of the data contract.
///
/// Survey tools and spreadsheets write headers their own way (`Enkät`, `Insats nr`, `E-post`,
/// ` Sista_svarsdag `). ``normalize(_:)`` folds them to the contract's spelling; ``matchKey(_:)``
/// is what two names are compared by.
public enum HeaderName {
    /// The header as the contract spells names: surrounding white space removed, lower case,
    /// å ä à á → a, ö ø → o, é è → e, ü → u, hyphens removed, and each run of spaces or
    /// underscores between words made one `_`.
    ///
    /// `Insats nr` → `insats_nr`, `Enkät` → `enkat`, `E-post` → `epost`,
    /// `Sista svarsdag` → `sista_svarsdag`, `  ÅTERBETALT ` → `aterbetalt`.
    ///
    /// - Complexity: O(length of the name).
    public static func normalize(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x5F:  // white space, `_`
                pendingSeparator = !out.isEmpty
                continue
            case 0x2D, 0x2010, 0x2011, 0x2013:  // hyphens and an en dash
                continue
            default:
                break
            }
            if pendingSeparator {
                out.append("_")
                pendingSeparator = false
            }
            for folded in fold(scalar) { out.append(folded) }
        }
        return String(out)
    }

    /// The key two header names are compared by: ``normalize(_:)`` without the `_` between words,
    /// so `Sista-svarsdag`, `sista svarsdag` and `SistaSvarsdag` all match `sista_svarsdag`.
    public static func matchKey(_ name: String) -> String {
        String(normalize(name).unicodeScalars.filter { $0 != "_" })
    }

    /// Lower case with the Swedish letters folded to ASCII.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar {
        case "å", "Å", "ä", "Ä", "à", "À", "á", "Á": return ["a"]
        case "ö", "Ö", "ø", "Ø": return ["o"]
        case "é", "É", "è", "È": return ["e"]
        case "ü", "Ü": return ["u"]
        default:
            if isUpperASCII(scalar) { return [Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value) | 0x20)] }
            if scalar.isASCII { return [scalar] }
            return Array(String(scalar).lowercased().unicodeScalars)
        }
    }

    static func isUpperASCII(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }
}
