import GranskaTestSupport
import Testing

@testable import GranskaRules

@Suite struct PatternTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var pattern: String
        var text: String
        var matches: Bool
        var testDescription: String { "\(pattern) ~ \(text)" }
    }

    static let cases: [Case] = [
        Case(pattern: "abc", text: "xxabcxx", matches: true),
        Case(pattern: "abc", text: "ab", matches: false),
        Case(pattern: "^abc", text: "xabc", matches: false),
        Case(pattern: "^abc$", text: "abc", matches: true),
        Case(pattern: "^abc$", text: "abcd", matches: false),
        Case(pattern: "a.c", text: "aåc", matches: true),
        Case(pattern: "^[a-zåäö]+$", text: "västerås", matches: true),
        Case(pattern: "^[a-zåäö]+$", text: "Västerås", matches: false),
        Case(pattern: "(?i)^[a-zåäö]+$", text: "VÄSTERÅS", matches: true),
        Case(pattern: "(?i)ÖREBRO", text: "i örebro län", matches: true),
        Case(pattern: "^[^0-9]*$", text: "utan siffror", matches: true),
        Case(pattern: "^[^0-9]*$", text: "med 1 siffra", matches: false),
        Case(pattern: "^\\d+ ?kr$", text: "500 kr", matches: true),
        Case(pattern: "^\\d+ ?kr$", text: "500kr", matches: true),
        Case(pattern: "^\\d+ ?kr$", text: "ca 500 kr", matches: false),
        Case(pattern: "^\\s*$", text: " \t", matches: true),
        Case(pattern: "\\w+@\\w+", text: "a_b@c", matches: true),
        Case(pattern: "barn|unga", text: "vuxna|unga", matches: true),
        Case(pattern: "^(barn|unga)$", text: "barn|unga", matches: false),
        Case(pattern: "^(ab)+$", text: "ababab", matches: true),
        Case(pattern: "^(ab)+$", text: "ababa", matches: false),
        Case(pattern: "^a?b$", text: "b", matches: true),
        Case(pattern: "^a*$", text: "", matches: true),
        Case(pattern: "", text: "vad som helst", matches: true),
        Case(pattern: "\\.", text: "a.b", matches: true),
        Case(pattern: "\\.", text: "ab", matches: false),
        Case(pattern: "[.]", text: "ab", matches: false),
        Case(pattern: "[a\\-z]", text: "-", matches: true),
        Case(pattern: "[a-]", text: "-", matches: true),
        Case(pattern: "[\\d.]+$", text: "1.5", matches: true),
        Case(pattern: "\\(", text: "(x)", matches: true),
        Case(pattern: "x$|^y", text: "yz", matches: true),
        Case(pattern: "(a*)*b", text: "aaab", matches: true),
    ]

    @Test(arguments: cases)
    func matching(_ c: Case) throws {
        let p = try Pattern(c.pattern)
        #expect(p.matches(c.text) == c.matches)
    }

    static let errors: [(String, String, Int)] = [
        ("*a", "'*' har inget att upprepa", 0),
        ("a**", "'*' direkt efter en upprepning stöds inte", 2),
        ("(a", "'(' saknar ')'", 0),
        ("a)", "')' utan '('", 1),
        ("[abc", "'[' saknar ']'", 0),
        ("[]", "tom teckenklass '[]'", 0),
        ("[z-a]", "intervallet 'z-a' är baklänges", 1),
        ("a\\", "mönstret slutar med '\\'", 1),
        ("a{3}", "'{' stöds inte i mönster; skriv till exempel \\d\\d\\d\\d i stället för \\d{4}, eller \\{ för tecknet", 1),
        ("(?=a)", "'(?' stöds bara som (?i) först i mönstret", 1),
        ("^*", "'*' kan inte upprepa '^'", 1),
    ]

    @Test func unsupportedPatternsAreReported() {
        for (pattern, message, offset) in Self.errors {
            #expect(throws: Pattern.CompileError(message: message, offset: offset), "\(pattern)") {
                try Pattern(pattern)
            }
        }
        #expect(throws: Pattern.CompileError(message: "mönstret är längre än 500 tecken", offset: 0)) {
            try Pattern(String(repeating: "a", count: 501))
        }
    }

    /// Patterns that take exponential time in a backtracking matcher run in linear time here;
    /// the test only checks the answers (no timing), but it would not finish with backtracking.
    @Test func noCatastrophicBacktracking() throws {
        let text = String(repeating: "a", count: 5_000)
        #expect(try Pattern("^(a+)+$").matches(text))
        #expect(try !Pattern("^(a+)+$").matches(text + "!"))
        #expect(try !Pattern("^(a|aa)*b$").matches(text))
        #expect(try !Pattern("(a*)*(a*)*(a*)*c").matches(text))
        let nested = String(repeating: "(a?)", count: 40) + String(repeating: "a", count: 40)
        #expect(try Pattern("^" + nested + "$").matches(String(repeating: "a", count: 40)))
    }

    /// Two ways, same answer: the NFA agrees with a slow obvious backtracking matcher on every
    /// pattern and text from a seeded generator (small enough for backtracking to finish).
    @Test func agreesWithABacktrackingReference() throws {
        var rng = SeededGenerator(seed: 42)
        let alphabet: [Character] = ["a", "b", "ä"]
        for _ in 0..<3_000 {
            let node = ReferenceRegex.random(depth: 3, alphabet: alphabet, using: &rng)
            let source = node.source
            let pattern = try Pattern(source)
            for _ in 0..<4 {
                let length = Int.random(in: 0...6, using: &rng)
                let text = String((0..<length).map { _ in alphabet.randomElement(using: &rng) ?? "a" })
                #expect(pattern.matches(text) == node.search(Array(text.unicodeScalars)), "\(source) ~ \(text)")
            }
        }
    }
}

/// A tiny regex tree with a backtracking matcher written the obvious way, as the reference.
indirect enum ReferenceRegex {
    case char(Unicode.Scalar)
    case any
    case start, end
    case seq(ReferenceRegex, ReferenceRegex)
    case alt(ReferenceRegex, ReferenceRegex)
    case star(ReferenceRegex)
    case plus(ReferenceRegex)
    case opt(ReferenceRegex)

    var source: String {
        switch self {
        case .char(let c): String(c)
        case .any: "."
        case .start: "^"
        case .end: "$"
        case .seq(let a, let b): a.source + b.source
        case .alt(let a, let b): "(\(a.source)|\(b.source))"
        case .star(let a): "(\(a.source))*"
        case .plus(let a): "(\(a.source))+"
        case .opt(let a): "(\(a.source))?"
        }
    }

    static func random(depth: Int, alphabet: [Character], using g: inout SeededGenerator) -> ReferenceRegex {
        if depth == 0 || Int.random(in: 0..<3, using: &g) == 0 {
            switch Int.random(in: 0..<8, using: &g) {
            case 0: return .any
            case 1: return .start
            case 2: return .end
            default: return .char((alphabet.randomElement(using: &g) ?? "a").unicodeScalars.first ?? "a")
            }
        }
        let a = random(depth: depth - 1, alphabet: alphabet, using: &g)
        var choice = Int.random(in: 0..<5, using: &g)
        if case .start = a, choice >= 2 { choice = 0 }  // `^*` is rejected, not a case to compare
        if case .end = a, choice >= 2 { choice = 0 }
        switch choice {
        case 0: return .seq(a, random(depth: depth - 1, alphabet: alphabet, using: &g))
        case 1: return .alt(a, random(depth: depth - 1, alphabet: alphabet, using: &g))
        case 2: return .star(a)
        case 3: return .plus(a)
        default: return .opt(a)
        }
    }

    /// Matches anywhere in `s`.
    func search(_ s: [Unicode.Scalar]) -> Bool {
        (0...s.count).contains { start in match(s, start) { _ in true } }
    }

    /// Continuation-passing backtracking: calls `k` with each position where a match can end.
    func match(_ s: [Unicode.Scalar], _ i: Int, _ k: (Int) -> Bool) -> Bool {
        switch self {
        case .char(let c): return i < s.count && s[i] == c && k(i + 1)
        case .any: return i < s.count && k(i + 1)
        case .start: return i == 0 && k(i)
        case .end: return i == s.count && k(i)
        case .seq(let a, let b): return a.match(s, i) { j in b.match(s, j, k) }
        case .alt(let a, let b): return a.match(s, i, k) || b.match(s, i, k)
        case .star(let a):
            // Zero times, or once more if that consumes something (so empty loops end).
            return k(i) || a.match(s, i) { j in j > i && ReferenceRegex.star(a).match(s, j, k) }
        case .plus(let a): return a.match(s, i) { j in ReferenceRegex.star(a).match(s, j, k) }
        case .opt(let a): return a.match(s, i, k) || k(i)
        }
    }
}
