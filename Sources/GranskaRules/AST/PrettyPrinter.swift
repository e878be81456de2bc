/// Writes a syntax tree back as rule-file text in the canonical layout: one clause per line,
/// keywords in their Swedish spelling, values aligned, and only the parentheses the precedence
/// needs. Parsing the output gives the same tree (`parse(print(ast)) == ast`).
public enum PrettyPrinter {
    /// The whole file, starting with `version 1`.
    public static func print(_ file: RuleFileAST) -> String {
        var out = "version \(file.version ?? 1)\n"
        for rule in file.rules {
            out += "\n" + print(rule)
        }
        return out
    }

    /// One rule, its clauses in the order `feltyp, allvarlighet, gäller, om, när, åtgärd,
    /// meddelande, beskrivning`.
    public static func print(_ rule: RuleAST) -> String {
        var out = "regel \(rule.id.text)\n"
        func line(_ k: Keyword, _ value: String) {
            let pad = String(repeating: " ", count: max(1, 13 - k.display.count))
            out += "  \(k.display)\(pad)\(value)\n"
        }
        if let v = rule.feltyp { line(.feltyp, v.text) }
        if let v = rule.allvarlighet { line(.allvarlighet, v.text) }
        if let v = rule.galler { line(.galler, v.text) }
        if let v = rule.om { line(.om, print(v)) }
        if let v = rule.nar { line(.nar, print(v)) }
        if let v = rule.atgard { line(.atgard, v.text) }
        if let v = rule.meddelande { line(.meddelande, message(v)) }
        if let v = rule.beskrivning { line(.beskrivning, plain(v)) }
        return out
    }

    /// One expression.
    public static func print(_ e: Expr) -> String { print(e, needs: 1) }

    // MARK: - Expressions

    /// The precedence of a node as the parser sees it: 1 eller, 2 och, 3 inte/comparisons,
    /// 4 + -, 5 *, 6 unary minus, 7 a primary.
    static func precedence(_ e: Expr) -> Int {
        switch e.kind {
        case .binary(let op, _, _): op.precedence
        case .unary(.not, _): 3
        case .membership, .matches: 3
        case .unary(.negate, _): 6
        default: 7
        }
    }

    /// `e`, in parentheses unless its precedence is at least `needs`.
    static func print(_ e: Expr, needs: Int) -> String {
        let text = bare(e)
        return precedence(e) >= needs ? text : "(\(text))"
    }

    private static func bare(_ e: Expr) -> String {
        switch e.kind {
        case .integer(let n): return String(n)
        case .amount(let n, let unit, _): return "\(n) \(unit)"
        case .string(let s): return quoted(s)
        case .date(let d): return d.description
        case .boolean(let b): return b ? "sant" : "falskt"
        case .field(let name): return name.text
        case .call(let name, let args, let over):
            let inner = args.map { print($0, needs: 1) }.joined(separator: ", ")
            return "\(name.text)(\(inner))" + (over.map { " över \($0.text)" } ?? "")
        case .unary(.not, let operand):
            return "inte " + print(operand, needs: 3)
        case .unary(.negate, let operand):
            return "-" + print(operand, needs: 6)
        case .binary(let op, let lhs, let rhs):
            let leftNeeds = op.isComparison ? 4 : op.precedence
            return "\(print(lhs, needs: leftNeeds)) \(op.rawValue) \(print(rhs, needs: op.precedence + 1))"
        case .membership(let lhs, let items, let negated):
            let list = items.map { print($0, needs: 1) }.joined(separator: ", ")
            return "\(print(lhs, needs: 4)) \(negated ? "inte i" : "i") [\(list)]"
        case .matches(let lhs, let pattern):
            return "\(print(lhs, needs: 4)) matchar \(quoted(pattern.text))"
        }
    }

    // MARK: - Strings

    /// A string literal: `\` and `"` escaped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// A message: text with `{` and `}` doubled, placeholders as `{expr}`.
    static func message(_ m: Message) -> String {
        var out = "\""
        for part in m.parts {
            switch part {
            case .text(let s):
                for c in s.unicodeScalars {
                    switch c {
                    case "\\": out += "\\\\"
                    case "\"": out += "\\\""
                    case "{": out += "{{"
                    case "}": out += "}}"
                    default: out.unicodeScalars.append(c)
                    }
                }
            case .placeholder(let e):
                out += "{\(print(e))}"
            }
        }
        return out + "\""
    }

    /// A `beskrivning`: a plain string (braces are not special there).
    static func plain(_ m: Message) -> String {
        quoted(m.parts.map { part in
            if case .text(let s) = part { return s }
            return ""
        }.joined())
    }
}
