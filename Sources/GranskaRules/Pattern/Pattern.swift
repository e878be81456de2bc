/// A text pattern (`titel matchar "^[a-zåäö ]+$"`), compiled to a Thompson NFA and run by
/// simulating every state at once, so matching takes time linear in the text times the pattern,
/// whatever the pattern: no backtracking, no catastrophic cases.
///
/// The supported subset, over Unicode scalars:
/// - a character matches itself; `\` before any character matches that character (`\.`, `\(`);
/// - `.` any character; `\d` a digit 0–9; `\s` white space; `\w` a letter, digit or `_`;
/// - `[abc]`, `[a-zåäö0-9]`, `[^0-9]` a character class (`\d`, `\s`, `\w` allowed inside);
/// - `x*` zero or more, `x+` one or more, `x?` zero or one;
/// - `a|b` either, `( )` a group;
/// - `^` the start and `$` the end of the text;
/// - `(?i)` first in the pattern: ignore case.
///
/// `{n,m}` repetition, back-references and look-around are not supported and are reported.
/// Without `^`/`$` the pattern may match anywhere in the text. Patterns are limited to
/// ``rulePatternLimit`` characters.
public struct Pattern: Sendable, Hashable {
    /// The pattern as written.
    public let source: String
    let program: [Instruction]
    let ignoreCase: Bool

    enum Instruction: Sendable, Hashable {
        case scalar(UInt32)
        case any
        case set(CharacterSet)
        case split(Int, Int)
        case jump(Int)
        case lineStart
        case lineEnd
        case match
    }

    /// Ranges of scalar values, optionally negated.
    struct CharacterSet: Sendable, Hashable {
        var ranges: [ClosedRange<UInt32>]
        var negated: Bool

        func contains(_ v: UInt32, ignoreCase: Bool) -> Bool {
            var hit = ranges.contains { $0.contains(v) }
            if !hit && ignoreCase, let s = Unicode.Scalar(v) {
                let variants = [Pattern.lower(s), Pattern.upper(s)]
                hit = variants.contains { w in ranges.contains { $0.contains(w) } }
            }
            return hit != negated
        }
    }

    /// A problem in a pattern: a Swedish message and the 0-based scalar offset it concerns.
    struct CompileError: Error, Equatable {
        var message: String
        var offset: Int
    }

    /// Compiles a pattern.
    ///
    /// - Throws: ``CompileError`` for anything outside the subset or longer than the limit.
    /// - Complexity: O(m) in the pattern's length.
    init(_ source: String) throws {
        var scalars = Array(source.unicodeScalars)
        guard scalars.count <= rulePatternLimit else {
            throw CompileError(message: "mönstret är längre än \(rulePatternLimit) tecken", offset: 0)
        }
        var ignoreCase = false
        var offset = 0
        if scalars.starts(with: Array("(?i)".unicodeScalars)) {
            ignoreCase = true
            scalars.removeFirst(4)
            offset = 4
        }
        var parser = PatternParser(scalars: scalars, base: offset, ignoreCase: ignoreCase)
        let node = try parser.parse()
        var program: [Instruction] = []
        PatternCompiler.emit(node, into: &program)
        program.append(.match)
        self.source = source
        self.program = program
        self.ignoreCase = ignoreCase
    }

    /// True when the pattern matches somewhere in `text` (anchors permitting).
    ///
    /// - Complexity: O(n · m) for n scalars of text and m instructions; no allocation per scalar.
    public func matches(_ text: String) -> Bool {
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        var stack: [Int] = []
        stack.reserveCapacity(program.count)
        var iterator = text.unicodeScalars.makeIterator()
        var scalar = iterator.next()
        var atStart = true
        while true {
            // A new attempt may begin at every position (the pattern is not anchored).
            if add(0, to: &current, atStart: atStart, atEnd: scalar == nil, stack: &stack) { return true }
            guard let s = scalar else { return false }
            let v = ignoreCase ? Pattern.lower(s) : s.value
            let following = iterator.next()
            next.clear()
            for pc in current.dense[0..<current.count] {
                let advances: Bool
                switch program[pc] {
                case .scalar(let c): advances = c == v
                case .any: advances = true
                case .set(let set): advances = set.contains(s.value, ignoreCase: ignoreCase)
                default: advances = false
                }
                if advances && add(pc + 1, to: &next, atStart: false, atEnd: following == nil, stack: &stack) {
                    return true
                }
            }
            swap(&current, &next)
            scalar = following
            atStart = false
        }
    }

    /// Adds `pc` and every state reachable from it without reading a character; true when the
    /// match state is reached.
    private func add(_ pc: Int, to list: inout ThreadList, atStart: Bool, atEnd: Bool, stack: inout [Int]) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(pc)
        while let p = stack.popLast() {
            guard !list.contains(p) else { continue }
            list.insert(p)
            switch program[p] {
            case .match: return true
            case .jump(let t): stack.append(t)
            case .split(let a, let b):
                stack.append(b)
                stack.append(a)
            case .lineStart: if atStart { stack.append(p + 1) }
            case .lineEnd: if atEnd { stack.append(p + 1) }
            default: break
            }
        }
        return false
    }

    static func lower(_ s: Unicode.Scalar) -> UInt32 {
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first?.value ?? s.value : s.value
    }

    static func upper(_ s: Unicode.Scalar) -> UInt32 {
        let m = s.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first?.value ?? s.value : s.value
    }

    public static func == (a: Pattern, b: Pattern) -> Bool { a.source == b.source }
    public func hash(into h: inout Hasher) { h.combine(source) }
}

/// A set of NFA states with O(1) insert, lookup and clear (a sparse set).
struct ThreadList {
    var dense: [Int]
    var sparse: [Int]
    var count = 0

    init(capacity: Int) {
        dense = [Int](repeating: 0, count: capacity)
        sparse = [Int](repeating: 0, count: capacity)
    }

    func contains(_ pc: Int) -> Bool {
        let i = sparse[pc]
        return i < count && dense[i] == pc
    }

    mutating func insert(_ pc: Int) {
        sparse[pc] = count
        dense[count] = pc
        count += 1
    }

    mutating func clear() { count = 0 }
}
