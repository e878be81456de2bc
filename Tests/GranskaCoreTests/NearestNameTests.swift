import Testing

@testable import GranskaCore

@Suite struct NearestNameTests {
    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("kitten", "sitting", 3), ("--format", "--formt", 1), ("flaw", "lawn", 2),
        ("åäö", "aao", 3), ("check", "chekc", 2),
    ])
    func distanceIsSymmetricLevenshtein(a: String, b: String, d: Int) {
        #expect(NearestName.distance(Array(a.unicodeScalars), Array(b.unicodeScalars)) == d)
        #expect(NearestName.distance(Array(b.unicodeScalars), Array(a.unicodeScalars)) == d)
    }

    @Test(arguments: [
        ("medl", ["medel", "mal", "titel"], "medel"),
        ("--formt", ["--format", "--fail-on"], "--format"),
        ("xyz", ["medel", "mal"], nil),
        ("abc", ["abd", "abe"], "abd"),  // one edit in a short word; ties go to the first
        ("ab", ["ac"], nil),  // one edit is half of a two-letter word: no suggestion
        ("ab", ["xy"], nil),  // two edits in a two-letter word is no suggestion
        ("status", ["statur", "stat"], "statur"),
    ] as [(String, [String], String?)])
    func suggestsWithinTheCap(word: String, candidates: [String], expected: String?) {
        #expect(NearestName.suggestion(for: word, among: candidates) == expected)
    }

    @Test func foldingDecidesWhatCountsAsTheSameLetter() {
        // "GALLER" is six edits from "gäller" as written, none once case and ä are folded.
        let fold: (String) -> String = { String($0.lowercased().map { $0 == "ä" ? "a" : $0 }) }
        #expect(NearestName.suggestion(for: "GALLER", among: ["gäller"]) == nil)
        #expect(NearestName.suggestion(for: "GALLER", among: ["gäller"], folding: fold) == "gäller")
    }

    @Test func hostileWordsGetNoSuggestionAndStayFast() {
        let long = String(repeating: "a", count: 100_000)
        #expect(NearestName.suggestion(for: long, among: [long]) == nil)
    }
}
