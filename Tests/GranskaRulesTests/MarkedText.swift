/// Rule-file text with position markers (`1️⃣`, `2️⃣`, …) that tests strip before parsing, so a
/// test says where a diagnostic must point instead of counting columns.
struct MarkedText {
    /// The text without markers.
    let text: String
    /// Marker name → 0-based UTF-8 byte offset in `text`.
    let markers: [String: Int]

    static let names = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    init(_ marked: String) {
        var out = ""
        var found: [String: Int] = [:]
        var rest = Substring(marked)
        outer: while !rest.isEmpty {
            for name in MarkedText.names where rest.hasPrefix(name) {
                found[name] = out.utf8.count
                rest = rest.dropFirst(name.count)
                continue outer
            }
            out.append(rest.removeFirst())
        }
        text = out
        markers = found
    }
}
