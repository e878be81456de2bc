import GranskaTestSupport
import GranskaCore

@testable import GranskaRules

/// Random syntax trees (not type-correct: for parser and printer tests).
enum RandomExpression {
    static let r = ByteRange(0, 0)

    static func make(depth: Int, using g: inout SeededGenerator) -> Expr {
        if depth == 0 || Int.random(in: 0..<4, using: &g) == 0 { return leaf(using: &g) }
        switch Int.random(in: 0..<6, using: &g) {
        case 0:
            let op = BinaryOperator.allCases.randomElement(using: &g) ?? .add
            return Expr(.binary(op, make(depth: depth - 1, using: &g), make(depth: depth - 1, using: &g)), r)
        case 1:
            let op: UnaryOperator = Bool.random(using: &g) ? .not : .negate
            return Expr(.unary(op, make(depth: depth - 1, using: &g)), r)
        case 2:
            let args = (0..<Int.random(in: 0..<3, using: &g)).map { _ in make(depth: depth - 1, using: &g) }
            let over = Bool.random(using: &g) ? Name("enkät", r) : nil
            return Expr(.call(Name(["summa", "tom", "antal"].randomElement(using: &g) ?? "tom", r), args, over: over), r)
        case 3:
            let items = (0..<Int.random(in: 0..<3, using: &g)).map { _ in leaf(using: &g) }
            return Expr(.membership(make(depth: depth - 1, using: &g), items, negated: Bool.random(using: &g)), r)
        case 4:
            return Expr(.matches(make(depth: depth - 1, using: &g), pattern: Name("a\\d\"", r)), r)
        default:
            let op = BinaryOperator.allCases.randomElement(using: &g) ?? .or
            return Expr(.binary(op, leaf(using: &g), make(depth: depth - 1, using: &g)), r)
        }
    }

    static func leaf(using g: inout SeededGenerator) -> Expr {
        switch Int.random(in: 0..<7, using: &g) {
        case 0: Expr(.integer(Int64.random(in: 0...1_000_000, using: &g)), r)
        case 1: Expr(.amount(number: 5, unit: "tkr", kronor: 5000), r)
        case 2: Expr(.string(["", "a\"b", "x\\y", "{z}"].randomElement(using: &g) ?? ""), r)
        case 3: Expr(.date(Datum(year: 2025, month: 3, day: 14) ?? Datum(dayNumber: 0)), r)
        case 4: Expr(.boolean(Bool.random(using: &g)), r)
        default: Expr(.field(Name(["medel", "titel", "status", "i_registret"].randomElement(using: &g) ?? "medel", r)), r)
        }
    }
}
