/// Levenshtein distance and "menade du …?" suggestions for mistyped flags, values and subcommands.
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions between `a` and `b`.
    ///
    /// - Complexity: O(|a|·|b|) time, O(|b|) memory. Inputs are capped at 64 characters, so a
    ///   hostile argument cannot make this slow.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.prefix(64))
        let y = Array(b.prefix(64))
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a likely typo: at most 2 edits,
    /// and fewer than half the word's length. Ties go to the candidate listed first.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word, c)
            if d <= 2, d * 2 < max(word.count, c.count), d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// ` – menade du 'x'?` or the empty string.
    static func hint(for word: String, among candidates: [String]) -> String {
        suggestion(for: word, among: candidates).map { " – menade du '\($0)'?" } ?? ""
    }
}
