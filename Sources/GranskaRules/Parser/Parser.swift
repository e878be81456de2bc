import GranskaCore

/// Recursive-descent parser for rule files: tokens in, ``RuleFileAST`` and diagnostics out.
///
/// The grammar (keywords in their ASCII spelling; `gäller` and `galler` are the same word):
///
///     file    := ["version" INTEGER] rule*
///     rule    := "regel" id clause*
///     id      := word ("." (word | keyword))*
///     clause  := "feltyp" word | "allvarlighet" word | "galler" word | "atgard" word
///              | "om" expr | "nar" expr | "meddelande" STRING | "beskrivning" STRING
///
/// (expressions: see `Parser+Expressions.swift`). On an error the parser records a diagnostic and
/// skips to the next clause keyword or `regel`, so one run reports every problem in the file.
/// Every loop consumes a token or stops, and nesting is limited (``ruleNestingLimit``) before
/// recursing, so no input hangs the parser or overflows the stack.
struct Parser {
    /// Thrown after a syntax diagnostic has been recorded; caught where the parser resynchronises.
    struct SyntaxError: Error {}

    var tokens: [Token]
    var index = 0
    var sink: DiagnosticSink
    let source: SourceText

    init(tokens: [Token], source: SourceText, sink: DiagnosticSink) {
        self.tokens = tokens
        self.source = source
        self.sink = sink
    }

    /// Parses a whole file.
    ///
    /// - Returns: The tree (rules with errors included as far as they parsed) and every
    ///   diagnostic of the lexer and parser, in the order found.
    /// - Complexity: O(n) in the length of the source.
    static func parse(_ source: SourceText) -> (RuleFileAST, [RuleDiagnostic]) {
        var sink = DiagnosticSink(source: source)
        let tokens = Lexer.tokenize(source, sink: &sink)
        var parser = Parser(tokens: tokens, source: source, sink: sink)
        let file = parser.parseFile()
        return (file, parser.sink.diagnostics)
    }

    // MARK: - Token access

    var current: Token { tokens[index] }
    var previousEnd: Int { index > 0 ? tokens[index - 1].range.end : 0 }

    func peek(_ k: Int = 1) -> Token { tokens[min(index + k, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    /// Records a syntax error at the current token and throws.
    mutating func fail(_ expected: String) throws -> Never {
        sink.emit(.syntax, current.range, "förväntade \(expected) men fann \(current.quoted)")
        throw SyntaxError()
    }

    mutating func expect(_ p: Punct) throws -> Token {
        guard current.isPunct(p) else { try fail("'\(p.rawValue)'") }
        return advance()
    }

    /// Skips to the next `regel`, clause keyword or the end; always moves at least one token
    /// unless already there.
    mutating func skipToSyncPoint() {
        while !current.isSyncPoint { advance() }
    }

    // MARK: - File and rules

    mutating func parseFile() -> RuleFileAST {
        var version: Int?
        if current.isKeyword(.version) {
            let keyword = advance()
            if case .integer(let n) = current.kind {
                let number = advance()
                version = Int(n)
                if n != 1 {
                    sink.emit(
                        .versionUnsupported, keyword.range.union(number.range),
                        "regelfilen har version \(n), men granska läser bara version 1")
                    return RuleFileAST(version: version, rules: [])
                }
            } else {
                sink.emit(.syntax, current.range, "förväntade ett versionsnummer efter 'version' men fann \(current.quoted)")
            }
        }
        var rules: [RuleAST] = []
        while current.kind != .eof {
            if current.isKeyword(.regel) {
                rules.append(parseRule())
            } else if current.isKeyword(.version) {
                sink.emit(.versionUnsupported, current.range, "'version' får bara stå först i filen")
                advance()
                if case .integer = current.kind { advance() }
            } else {
                sink.emit(.syntax, current.range, "förväntade 'regel' men fann \(current.quoted)")
                advance()
                while current.kind != .eof && !current.isKeyword(.regel) { advance() }
            }
        }
        return RuleFileAST(version: version, rules: rules)
    }

    mutating func parseRule() -> RuleAST {
        let start = advance().range  // `regel`
        var rule = RuleAST(id: Name("", ByteRange(start.end, start.end)), range: start)
        if let id = parseRuleID() {
            rule.id = id
        } else {
            sink.emit(.syntax, current.range, "förväntade regelns id efter 'regel' men fann \(current.quoted)")
            rule.hadSyntaxErrors = true
            skipToSyncPoint()
        }
        while !current.isKeyword(.regel) && !current.isKeyword(.version) && current.kind != .eof {
            if case .keyword(let k) = current.kind, k.isClause {
                do {
                    try parseClause(k, into: &rule)
                } catch {
                    rule.hadSyntaxErrors = true
                    skipToSyncPoint()
                }
            } else {
                if current.kind == .identifier {
                    let clauses = Keyword.clauses.map(\.display)
                    sink.emit(
                        .unknownClause, current.range,
                        "okänd del '\(current.text)' i regeln\(Suggestion.phrase(current.text, in: clauses))")
                } else {
                    sink.emit(
                        .syntax, current.range,
                        "förväntade en del av regeln (som 'när' eller 'meddelande') men fann \(current.quoted)")
                }
                rule.hadSyntaxErrors = true
                advance()
                skipToSyncPoint()
            }
        }
        rule.range = start.union(ByteRange(start.start, previousEnd))
        return rule
    }

    /// `word ("." word)*`, where a word is an identifier, a keyword or digits.
    mutating func parseRuleID() -> Name? {
        guard isIDWord(current) else { return nil }
        let first = advance()
        var text = first.text
        var range = first.range
        // After a dot any word continues the id, keywords included (`egen.meddelande`).
        while current.isPunct(.dot) && (isIDWord(peek()) || isKeywordWord(peek())) {
            advance()
            let word = advance()
            text += "." + word.text
            range = range.union(word.range)
        }
        return Name(text, range)
    }

    private func isKeywordWord(_ t: Token) -> Bool {
        if case .keyword = t.kind { return true }
        return false
    }

    private func isIDWord(_ t: Token) -> Bool {
        switch t.kind {
        case .identifier: true
        case .integer: true
        case .keyword(let k): !k.isClause && k != .regel
        default: false
        }
    }

    mutating func parseClause(_ k: Keyword, into rule: inout RuleAST) throws {
        let keyword = advance()
        func duplicate(_ present: Bool) {
            if present {
                sink.emit(.duplicateClause, keyword.range, "'\(k.display)' står redan en gång i regeln '\(rule.id.text)'")
            }
        }
        switch k {
        case .feltyp:
            duplicate(rule.feltyp != nil)
            rule.feltyp = try parseWord(after: k)
        case .allvarlighet:
            duplicate(rule.allvarlighet != nil)
            rule.allvarlighet = try parseWord(after: k)
        case .galler:
            duplicate(rule.galler != nil)
            rule.galler = try parseWord(after: k)
        case .atgard:
            duplicate(rule.atgard != nil)
            rule.atgard = try parseWord(after: k)
        case .om:
            duplicate(rule.om != nil)
            rule.om = try parseExpression(depth: 0)
        case .nar:
            duplicate(rule.nar != nil)
            rule.nar = try parseExpression(depth: 0)
        case .meddelande:
            duplicate(rule.meddelande != nil)
            rule.meddelande = try parseMessage(after: k, rule: &rule)
        case .beskrivning:
            duplicate(rule.beskrivning != nil)
            guard current.kind == .string else { try fail("en text inom citattecken efter 'beskrivning'") }
            let t = advance()
            rule.beskrivning = Message(parts: t.text.isEmpty ? [] : [.text(t.text)], range: t.range)
        default:
            try fail("en del av regeln")
        }
    }

    /// The single word after `feltyp`, `allvarlighet`, `gäller` or `åtgärd`.
    mutating func parseWord(after k: Keyword) throws -> Name {
        switch current.kind {
        case .identifier:
            let t = advance()
            return Name(t.text, t.range)
        case .keyword(let kw) where !kw.isClause && kw != .regel:
            let t = advance()
            return Name(t.text, t.range)
        default:
            try fail("ett ord efter '\(k.display)'")
        }
    }

    /// A message string, its `{placeholders}` parsed in place so their diagnostics point into
    /// the string.
    mutating func parseMessage(after k: Keyword, rule: inout RuleAST) throws -> Message {
        guard current.kind == .string else { try fail("en text inom citattecken efter '\(k.display)'") }
        let t = advance()
        var parts: [Message.Part] = []
        for segment in t.segments {
            switch segment {
            case .text(let s):
                parts.append(.text(s))
            case .placeholder(let r):
                if let e = parsePlaceholder(r) {
                    parts.append(.placeholder(e))
                } else {
                    rule.hadSyntaxErrors = true
                }
            }
        }
        return Message(parts: parts, range: t.range)
    }

    /// Parses the expression between `{` and `}` (bytes `r` of the file); `nil` after an error.
    mutating func parsePlaceholder(_ r: ByteRange) -> Expr? {
        var sub = Parser(tokens: [], source: source, sink: sink)
        sub.tokens = Lexer.tokenize(source, range: r, sink: &sub.sink)
        defer { sink = sub.sink }
        if sub.current.kind == .eof {
            sub.sink.emit(.syntax, ByteRange(r.start - 1, r.end + 1), "platshållaren '{}' är tom: skriv ett uttryck mellan klamrarna")
            return nil
        }
        do {
            let e = try sub.parseExpression(depth: 0)
            guard sub.current.kind == .eof else { try sub.fail("'}'") }
            return e
        } catch {
            return nil
        }
    }
}
