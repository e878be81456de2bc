import GranskaCore

/// Expressions, by precedence climbing, loosest first:
///
///     expr     := expr "eller" expr                       (precedence 1, left)
///               | expr "och" expr                         (2, left)
///               | "inte" expr                             (binds looser than comparisons)
///               | sum cmpop sum                           (3, not chained)
///               | sum ["inte"] "i" list | sum "matchar" STRING
///               | expr ("+" | "-") expr                   (4, left)
///               | expr "*" expr                           (5, left)
///               | "-" unary | primary
///     primary  := INTEGER [kr | tkr | mkr] | STRING | DATE | "sant" | "falskt"
///               | word "(" [expr ("," expr)*] ")" ["over" word] | word | "(" expr ")"
///     list     := "[" [expr ("," expr)*] "]"
///     cmpop    := "=" | "==" | "!=" | "<" | "<=" | ">" | ">="
///
/// `depth` counts nesting: a parenthesis, a call or list, a unary operator, and each operator of
/// a chain (`a + b + c`) add one. It is checked before every recursion, so 100 000 nested
/// parentheses give `rules.nesting-too-deep`, never a stack overflow, and the trees later passes
/// walk are at most about twice ``ruleNestingLimit`` deep.
extension Parser {
    /// Fails with `rules.nesting-too-deep` once `depth` passes the limit; call before recursing.
    mutating func enter(_ depth: Int) throws {
        if depth > ruleNestingLimit {
            sink.emit(
                .nestingTooDeep, current.range,
                "uttrycket är nästlat djupare än \(ruleNestingLimit) nivåer: dela upp det i flera regler")
            throw SyntaxError()
        }
    }

    mutating func parseExpression(depth: Int) throws -> Expr {
        try parseBinary(minPrecedence: 1, depth: depth)
    }

    /// Operators of at least `minPrecedence`, left to right.
    mutating func parseBinary(minPrecedence: Int, depth: Int) throws -> Expr {
        try enter(depth)
        var lhs: Expr
        if current.isKeyword(.inte) && !peek().isKeyword(.i) && minPrecedence <= 3 {
            let keyword = advance()
            let operand = try parseBinary(minPrecedence: 3, depth: depth + 1)
            lhs = Expr(.unary(.not, operand), keyword.range.union(operand.range))
        } else {
            lhs = try parseUnary(depth: depth)
        }
        var chain = 0
        var comparedAlready = false
        while true {
            if let op = binaryOperator(current), op.precedence >= minPrecedence {
                if op.isComparison && comparedAlready {
                    sink.emit(.syntax, current.range, "jämförelser kan inte kedjas: skriv till exempel 'a < b och b < c'")
                    throw SyntaxError()
                }
                advance()
                chain += 1
                try enter(depth + chain)
                let rhs = try parseBinary(minPrecedence: op.precedence + 1, depth: depth + chain)
                lhs = Expr(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
                comparedAlready = op.isComparison
                if op.precedence < 3 { comparedAlready = false }
            } else if minPrecedence <= 3 && (current.isKeyword(.i) || (current.isKeyword(.inte) && peek().isKeyword(.i))) {
                let negated = current.isKeyword(.inte)
                if negated { advance() }
                advance()
                chain += 1
                try enter(depth + chain)
                let (items, range) = try parseList(depth: depth + chain)
                lhs = Expr(.membership(lhs, items, negated: negated), lhs.range.union(range))
            } else if minPrecedence <= 3 && current.isKeyword(.matchar) {
                advance()
                chain += 1
                try enter(depth + chain)
                guard current.kind == .string else { try fail("ett mönster inom citattecken efter 'matchar'") }
                let t = advance()
                lhs = Expr(.matches(lhs, pattern: Name(t.text, t.range)), lhs.range.union(t.range))
            } else {
                return lhs
            }
        }
    }

    private func binaryOperator(_ t: Token) -> BinaryOperator? {
        switch t.kind {
        case .keyword(.eller): .or
        case .keyword(.och): .and
        case .punct(.eq): .eq
        case .punct(.ne): .ne
        case .punct(.lt): .lt
        case .punct(.le): .le
        case .punct(.gt): .gt
        case .punct(.ge): .ge
        case .punct(.plus): .add
        case .punct(.minus): .subtract
        case .punct(.star): .multiply
        default: nil
        }
    }

    mutating func parseUnary(depth: Int) throws -> Expr {
        try enter(depth)
        if current.isPunct(.minus) {
            let minus = advance()
            let operand = try parseUnary(depth: depth + 1)
            return Expr(.unary(.negate, operand), minus.range.union(operand.range))
        }
        return try parsePrimary(depth: depth)
    }

    mutating func parsePrimary(depth: Int) throws -> Expr {
        let t = current
        switch t.kind {
        case .integer(let n):
            advance()
            if current.kind == .identifier, let factor = Parser.amountUnits[current.folded] {
                let unit = advance()
                let range = t.range.union(unit.range)
                let (kronor, overflow) = n.multipliedReportingOverflow(by: factor)
                if overflow {
                    sink.emit(.badNumber, range, "beloppet '\(t.text) \(unit.text)' är för stort")
                }
                return Expr(.amount(number: n, unit: unit.text, kronor: overflow ? 0 : kronor), range)
            }
            return Expr(.integer(n), t.range)
        case .string:
            advance()
            return Expr(.string(t.text), t.range)
        case .date(let d):
            advance()
            return Expr(.date(d), t.range)
        case .keyword(.sant), .keyword(.falskt):
            advance()
            return Expr(.boolean(t.kind == .keyword(.sant)), t.range)
        case .identifier:
            advance()
            guard current.isPunct(.lparen) else { return Expr(.field(Name(t.text, t.range)), t.range) }
            advance()
            var args: [Expr] = []
            if !current.isPunct(.rparen) {
                args.append(try parseExpression(depth: depth + 1))
                while current.isPunct(.comma) {
                    advance()
                    args.append(try parseExpression(depth: depth + 1))
                }
            }
            let close = try expect(.rparen)
            var range = t.range.union(close.range)
            var over: Name?
            if current.isKeyword(.over) {
                advance()
                guard current.kind == .identifier else { try fail("en grupp (svar, enkät, omgång) efter 'över'") }
                let g = advance()
                over = Name(g.text, g.range)
                range = range.union(g.range)
            }
            return Expr(.call(Name(t.text, t.range), args, over: over), range)
        case .punct(.lparen):
            advance()
            let inner = try parseExpression(depth: depth + 1)
            let close = try expect(.rparen)
            return Expr(inner.kind, t.range.union(close.range))
        default:
            try fail("ett värde, ett fält eller en funktion")
        }
    }

    /// `[a, b, …]`, returning the items and the range of the brackets.
    mutating func parseList(depth: Int) throws -> ([Expr], ByteRange) {
        guard current.isPunct(.lbracket) else { try fail("en lista inom hakparenteser, som [\"a\", \"b\"],") }
        let open = advance()
        var items: [Expr] = []
        if !current.isPunct(.rbracket) {
            items.append(try parseExpression(depth: depth + 1))
            while current.isPunct(.comma) {
                advance()
                items.append(try parseExpression(depth: depth + 1))
            }
        }
        let close = try expect(.rbracket)
        return (items, open.range.union(close.range))
    }

    /// The amount units an integer may carry, by folded spelling, and their factor in kronor.
    static let amountUnits: [String: Int64] = ["kr": 1, "tkr": 1_000, "mkr": 1_000_000]
}
