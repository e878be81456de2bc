/// "Menade du …?" suggestions: the closest known word by edit distance, within a cap.
enum NearMiss {
    /// The candidate closest to `word` (Levenshtein distance on Unicode scalars), when that
    /// distance is at most `max(1, word.count / 3)` and no larger than 3; ties go to the first.
    ///
    /// - Complexity: O(k · n · m) for k candidates of length m and a word of length n; words
    ///   longer than 64 scalars get no suggestion.
    static func suggestion<S: Sequence>(for word: String, among candidates: S) -> String? where S.Element == String {
        let w = Array(word.unicodeScalars)
        guard !w.isEmpty, w.count <= 64 else { return nil }
        let cap = min(3, max(1, w.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(candidate.unicodeScalars)
            guard abs(c.count - w.count) <= cap else { continue }
            let d = distance(w, c)
            if d <= cap, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

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
