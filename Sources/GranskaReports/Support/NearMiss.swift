import GranskaCore

/// "Menade du …?" suggestions for templates and the metadata file: ``NearestName``'s policy.
enum NearMiss {
    /// The candidate closest to `word`, within ``NearestName``'s cap; ties go to the first.
    static func suggestion<S: Sequence>(for word: String, among candidates: S) -> String? where S.Element == String {
        NearestName.suggestion(for: word, among: candidates)
    }
}
