/// Prints a syntax tree as an indented outline with each node's byte range, for tests and for
/// debugging a rule that does not parse as expected:
///
///     Rule std.sen @9..<16
///       galler svar @40..<44
///       nar
///         Binary > @70..<103
///           Call datum @70..<86
///             Field inskickad @76..<85
///           Field sista_svarsdag @89..<103
public enum ASTDumper {
    /// The whole file.
    public static func dump(_ file: RuleFileAST, ranges: Bool = true) -> String {
        var out = "File version=\(file.version.map(String.init) ?? "-")\n"
        for rule in file.rules { out += dump(rule, ranges: ranges) }
        return out
    }

    /// One rule and its clauses.
    public static func dump(_ rule: RuleAST, ranges: Bool = true) -> String {
        var out = "Rule \(rule.id.text)\(at(rule.id.range, ranges))\n"
        func word(_ label: String, _ n: Name?) {
            if let n { out += "  \(label) \(n.text)\(at(n.range, ranges))\n" }
        }
        word("feltyp", rule.feltyp)
        word("allvarlighet", rule.allvarlighet)
        word("galler", rule.galler)
        if let e = rule.om { out += "  om\n" + dump(e, indent: 2, ranges: ranges) }
        if let e = rule.nar { out += "  nar\n" + dump(e, indent: 2, ranges: ranges) }
        word("atgard", rule.atgard)
        if let m = rule.meddelande { out += "  meddelande\(at(m.range, ranges))\n" + dump(m, ranges: ranges) }
        if let m = rule.beskrivning { out += "  beskrivning\(at(m.range, ranges))\n" + dump(m, ranges: ranges) }
        return out
    }

    private static func dump(_ m: Message, ranges: Bool) -> String {
        var out = ""
        for part in m.parts {
            switch part {
            case .text(let s): out += "    Text \(PrettyPrinter.quoted(s))\n"
            case .placeholder(let e): out += "    Placeholder\n" + dump(e, indent: 3, ranges: ranges)
            }
        }
        return out
    }

    /// One expression, indented by `indent` levels of two spaces.
    public static func dump(_ e: Expr, indent: Int = 0, ranges: Bool = true) -> String {
        let pad = String(repeating: "  ", count: indent)
        let r = at(e.range, ranges)
        switch e.kind {
        case .integer(let n): return "\(pad)Integer \(n)\(r)\n"
        case .amount(let n, let unit, let kronor): return "\(pad)Amount \(n) \(unit) = \(kronor) kr\(r)\n"
        case .string(let s): return "\(pad)String \(PrettyPrinter.quoted(s))\(r)\n"
        case .date(let d): return "\(pad)Date \(d)\(r)\n"
        case .boolean(let b): return "\(pad)Boolean \(b ? "sant" : "falskt")\(r)\n"
        case .field(let n): return "\(pad)Field \(n.text)\(r)\n"
        case .call(let name, let args, let over):
            var out = "\(pad)Call \(name.text)\(over.map { " över \($0.text)" } ?? "")\(r)\n"
            for a in args { out += dump(a, indent: indent + 1, ranges: ranges) }
            return out
        case .unary(let op, let operand):
            return "\(pad)Unary \(op.rawValue)\(r)\n" + dump(operand, indent: indent + 1, ranges: ranges)
        case .binary(let op, let lhs, let rhs):
            return "\(pad)Binary \(op.rawValue)\(r)\n" + dump(lhs, indent: indent + 1, ranges: ranges)
                + dump(rhs, indent: indent + 1, ranges: ranges)
        case .membership(let lhs, let items, let negated):
            var out = "\(pad)Membership\(negated ? " inte" : "")\(r)\n" + dump(lhs, indent: indent + 1, ranges: ranges)
            out += "\(pad)  List\n"
            for item in items { out += dump(item, indent: indent + 2, ranges: ranges) }
            return out
        case .matches(let lhs, let pattern):
            return "\(pad)Matches \(PrettyPrinter.quoted(pattern.text))\(at(pattern.range, ranges))\(r)\n"
                + dump(lhs, indent: indent + 1, ranges: ranges)
        }
    }

    private static func at(_ r: ByteRange, _ show: Bool) -> String { show ? " @\(r)" : "" }
}
