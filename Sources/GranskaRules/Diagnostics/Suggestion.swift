import GranskaCore

/// Near-miss suggestions ("menade du …?") for rule files: ``NearestName`` on folded spellings,
/// so `gäller` and `galler` are one word.
enum Suggestion {
    /// The candidate closest to `word` on folded spellings, within ``NearestName``'s cap.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        NearestName.suggestion(for: word, among: candidates, folding: NameFolding.fold)
    }

    /// ` – menade du 'x'?` or the empty string.
    static func phrase(_ word: String, in candidates: [String]) -> String {
        nearest(word, in: candidates).map { " – menade du '\($0)'?" } ?? ""
    }
}

/// How names and keywords are compared: case-insensitive, with å, ä and ö written a, a, o (and é
/// as e), so `gäller`, `galler` and `GÄLLER` are one word.
enum NameFolding {
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.lowercased().unicodeScalars {
            switch s {
            case "å", "ä", "à", "á": out.append("a")
            case "ö", "ø", "ó", "ò": out.append("o")
            case "é", "è", "ë": out.append("e")
            case "ü": out.append("u")
            default: out.append(s)
            }
        }
        return String(out)
    }
}
