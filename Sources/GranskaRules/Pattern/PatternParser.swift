/// The tree of a pattern, before it becomes NFA instructions.
indirect enum PatternNode: Equatable {
    case empty
    case scalar(UInt32)
    case any
    case set(Pattern.CharacterSet)
    case lineStart, lineEnd
    case concat([PatternNode])
    case alternate(PatternNode, PatternNode)
    case star(PatternNode), plus(PatternNode), optional(PatternNode)
}

/// Recursive descent over the pattern's scalars: alternation → sequence → repetition → atom.
/// Group nesting is limited (the pattern length limit bounds it too).
struct PatternParser {
    let scalars: [Unicode.Scalar]
    /// Scalars removed before `scalars` (the `(?i)` prefix), for error offsets.
    let base: Int
    let ignoreCase: Bool
    var pos = 0
    var depth = 0

    init(scalars: [Unicode.Scalar], base: Int, ignoreCase: Bool) {
        self.scalars = scalars
        self.base = base
        self.ignoreCase = ignoreCase
    }

    private func error(_ message: String, at p: Int? = nil) -> Pattern.CompileError {
        Pattern.CompileError(message: message, offset: base + (p ?? pos))
    }

    mutating func parse() throws -> PatternNode {
        let node = try alternation()
        if pos < scalars.count {
            throw error("')' utan '('")
        }
        return node
    }

    private mutating func alternation() throws -> PatternNode {
        var node = try sequence()
        while pos < scalars.count && scalars[pos] == "|" {
            pos += 1
            node = .alternate(node, try sequence())
        }
        return node
    }

    private mutating func sequence() throws -> PatternNode {
        var items: [PatternNode] = []
        while pos < scalars.count && scalars[pos] != "|" && scalars[pos] != ")" {
            items.append(try repetition())
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
    }

    private mutating func repetition() throws -> PatternNode {
        var node = try atom()
        if pos < scalars.count, let q = quantifier(scalars[pos]) {
            if case .lineStart = node { throw error("'\(scalars[pos])' kan inte upprepa '^'") }
            if case .lineEnd = node { throw error("'\(scalars[pos])' kan inte upprepa '$'") }
            pos += 1
            node = q(node)
            if pos < scalars.count && quantifier(scalars[pos]) != nil {
                throw error("'\(scalars[pos])' direkt efter en upprepning stöds inte")
            }
        }
        return node
    }

    private func quantifier(_ s: Unicode.Scalar) -> ((PatternNode) -> PatternNode)? {
        switch s {
        case "*": { .star($0) }
        case "+": { .plus($0) }
        case "?": { .optional($0) }
        default: nil
        }
    }

    private mutating func atom() throws -> PatternNode {
        let s = scalars[pos]
        switch s {
        case "*", "+", "?":
            throw error("'\(s)' har inget att upprepa")
        case "{", "}":
            throw error("'\(s)' stöds inte i mönster; skriv till exempel \\d\\d\\d\\d i stället för \\d{4}, eller \\\(s) för tecknet")
        case "(":
            let open = pos
            pos += 1
            if pos < scalars.count && scalars[pos] == "?" {
                throw error("'(?' stöds bara som (?i) först i mönstret")
            }
            depth += 1
            if depth > 50 { throw error("mönstret har fler än 50 nästlade grupper") }
            let inner = try alternation()
            depth -= 1
            guard pos < scalars.count && scalars[pos] == ")" else { throw error("'(' saknar ')'", at: open) }
            pos += 1
            return inner
        case ".":
            pos += 1
            return .any
        case "^":
            pos += 1
            return .lineStart
        case "$":
            pos += 1
            return .lineEnd
        case "[":
            return try characterClass()
        case "\\":
            pos += 1
            guard pos < scalars.count else { throw error("mönstret slutar med '\\'", at: pos - 1) }
            let e = scalars[pos]
            pos += 1
            if let set = PatternParser.shorthand(e) { return .set(set) }
            return literal(e)
        default:
            pos += 1
            return literal(s)
        }
    }

    private func literal(_ s: Unicode.Scalar) -> PatternNode {
        .scalar(ignoreCase ? Pattern.lower(s) : s.value)
    }

    /// `\d`, `\s`, `\w` as sets.
    static func shorthand(_ e: Unicode.Scalar) -> Pattern.CharacterSet? {
        switch e {
        case "d": Pattern.CharacterSet(ranges: [0x30...0x39], negated: false)
        case "s": Pattern.CharacterSet(ranges: [0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x202F...0x202F], negated: false)
        case "w":
            Pattern.CharacterSet(
                ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F],
                negated: false)
        default: nil
        }
    }

    private mutating func characterClass() throws -> PatternNode {
        let open = pos
        pos += 1
        var negated = false
        if pos < scalars.count && scalars[pos] == "^" {
            negated = true
            pos += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while true {
            guard pos < scalars.count else { throw error("'[' saknar ']'", at: open) }
            let s = scalars[pos]
            if s == "]" && !first { pos += 1; break }
            if s == "]" { throw error("tom teckenklass '[]'", at: open) }
            first = false
            var lo: UInt32
            if s == "\\" {
                pos += 1
                guard pos < scalars.count else { throw error("'[' saknar ']'", at: open) }
                let e = scalars[pos]
                pos += 1
                if let set = PatternParser.shorthand(e) {
                    ranges.append(contentsOf: set.ranges)
                    continue
                }
                lo = e.value
            } else {
                pos += 1
                lo = s.value
            }
            if pos + 1 < scalars.count && scalars[pos] == "-" && scalars[pos + 1] != "]" {
                pos += 1
                var hiScalar = scalars[pos]
                pos += 1
                if hiScalar == "\\" {
                    guard pos < scalars.count else { throw error("'[' saknar ']'", at: open) }
                    hiScalar = scalars[pos]
                    pos += 1
                }
                let hi = hiScalar.value
                guard lo <= hi else {
                    throw error("intervallet '\(Unicode.Scalar(lo).map(String.init) ?? "?")-\(hiScalar)' är baklänges", at: pos - 3)
                }
                ranges.append(lo...hi)
            } else {
                ranges.append(lo...lo)
            }
        }
        return .set(Pattern.CharacterSet(ranges: ranges, negated: negated))
    }
}

/// Thompson's construction: a pattern tree to NFA instructions.
enum PatternCompiler {
    static func emit(_ node: PatternNode, into p: inout [Pattern.Instruction]) {
        switch node {
        case .empty: break
        case .scalar(let v): p.append(.scalar(v))
        case .any: p.append(.any)
        case .set(let s): p.append(.set(s))
        case .lineStart: p.append(.lineStart)
        case .lineEnd: p.append(.lineEnd)
        case .concat(let items):
            for item in items { emit(item, into: &p) }
        case .alternate(let a, let b):
            let split = p.count
            p.append(.split(0, 0))
            emit(a, into: &p)
            let jump = p.count
            p.append(.jump(0))
            let second = p.count
            emit(b, into: &p)
            p[split] = .split(split + 1, second)
            p[jump] = .jump(p.count)
        case .star(let a):
            let split = p.count
            p.append(.split(0, 0))
            emit(a, into: &p)
            p.append(.jump(split))
            p[split] = .split(split + 1, p.count)
        case .plus(let a):
            let start = p.count
            emit(a, into: &p)
            p.append(.split(start, p.count + 1))
        case .optional(let a):
            let split = p.count
            p.append(.split(0, 0))
            emit(a, into: &p)
            p[split] = .split(split + 1, p.count)
        }
    }
}
