import GranskaCore

/// "Menade du …?" suggestions for mistyped flags, values and subcommands: ``NearestName``'s policy.
enum EditDistance {
    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        NearestName.suggestion(for: word, among: candidates)
    }

    /// ` – menade du 'x'?` or the empty string.
    static func hint(for word: String, among candidates: [String]) -> String {
        suggestion(for: word, among: candidates).map { " – menade du '\($0)'?" } ?? ""
    }
}
