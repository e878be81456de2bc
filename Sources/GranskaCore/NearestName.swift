/// "Menade du …?": the known name closest to a mistyped one, by edit distance with a cap.
///
/// One policy for every layer (rule files, templates, metadata, flags): at most 2 edits, at most
/// 1 for words of up to 3 characters, and fewer edits than half the longer word, so short words
/// do not get far-fetched suggestions. Ties go to the candidate listed first.
public enum NearestName {
    /// The candidate closest to `word`, or `nil` when none is close enough.
    ///
    /// - Parameters:
    ///   - word: what the user wrote.
    ///   - candidates: the known names, in the order ties are broken.
    ///   - folding: how both sides are normalised before comparing (e.g. case and å/ä/ö).
    /// - Complexity: O(k · n · m) for k candidates of length m and a word of length n; words
    ///   longer than 64 scalars get no suggestion, so hostile input cannot make this slow.
    public static func suggestion<S: Sequence>(
        for word: String, among candidates: S, folding: (String) -> String = { $0 }
    ) -> String? where S.Element == String {
        let w = Array(folding(word).unicodeScalars)
        guard !w.isEmpty, w.count <= 64 else { return nil }
        let cap = w.count <= 3 ? 1 : 2
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(folding(candidate).unicodeScalars)
            guard abs(c.count - w.count) <= cap, c.count <= 64 else { continue }
            let d = distance(w, c)
            if d <= cap, d * 2 < max(w.count, c.count), d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// The Levenshtein distance: single-scalar insertions, deletions and substitutions.
    ///
    /// - Complexity: O(|a| · |b|) time, O(|b|) memory.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
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
