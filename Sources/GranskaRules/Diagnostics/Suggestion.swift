/// Near-miss suggestions ("menade du …?") by edit distance, with a cap.
enum Suggestion {
    /// The candidate closest to `word` by Levenshtein distance on folded spellings, when that
    /// distance is at most the cap (2, or 1 for words of up to 3 characters); ties go to the
    /// earlier candidate.
    ///
    /// - Complexity: O(c · |word| · |candidate|) for c candidates.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let w = Array(NameFolding.fold(word).unicodeScalars)
        let cap = w.count <= 3 ? 1 : suggestionDistanceCap
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(NameFolding.fold(candidate).unicodeScalars)
            guard abs(c.count - w.count) <= cap else { continue }
            let d = distance(w, c)
            if d <= cap && d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// ` – menade du 'x'?` or the empty string.
    static func phrase(_ word: String, in candidates: [String]) -> String {
        nearest(word, in: candidates).map { " – menade du '\($0)'?" } ?? ""
    }

    /// Levenshtein distance between two scalar arrays.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
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
