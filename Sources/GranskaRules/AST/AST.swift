import GranskaCore

/// The syntax tree of a rule file, as parsed and before any name is resolved.
///
/// Every node carries its ``ByteRange`` in the file. Equality ignores ranges: two trees are equal
/// when they say the same thing, which is what the pretty-printer round trip
/// (`parse(print(ast)) == ast`) checks.
public struct RuleFileAST: Sendable, Equatable {
    /// The `version` the file declares; `nil` when it has no `version` line (meaning 1).
    public var version: Int?
    public var rules: [RuleAST]

    public init(version: Int?, rules: [RuleAST]) {
        self.version = version
        self.rules = rules
    }
}

/// A word in the source with its range: a rule id or a clause value (`fel`, `insats`, `uteslut`).
public struct Name: Sendable, CustomStringConvertible {
    /// As written.
    public var text: String
    public var range: ByteRange

    public init(_ text: String, _ range: ByteRange) {
        self.text = text
        self.range = range
    }

    /// Case- and diacritic-insensitive spelling used to compare names.
    var folded: String { NameFolding.fold(text) }

    public var description: String { text }
}

extension Name: Equatable {
    public static func == (a: Name, b: Name) -> Bool { a.text == b.text }
}

/// One `regel` and its clauses. Clauses the file leaves out are `nil`.
public struct RuleAST: Sendable, Equatable {
    /// The rule id as written (`std.ofullstandig`).
    public var id: Name
    /// The defect type (`feltyp`), when given.
    public var feltyp: Name?
    public var allvarlighet: Name?
    /// The scope (`gäller`).
    public var galler: Name?
    /// The precondition (`om`).
    public var om: Expr?
    /// The condition that flags (`när`).
    public var nar: Expr?
    public var atgard: Name?
    public var meddelande: Message?
    public var beskrivning: Message?
    /// From the `regel` keyword to the end of its last clause.
    public var range: ByteRange
    /// True when the parser had to skip part of the rule; the checker then does not report
    /// clauses as missing (they may be in the part skipped).
    public var hadSyntaxErrors: Bool = false

    public init(id: Name, range: ByteRange) {
        self.id = id
        self.range = range
    }

    public static func == (a: RuleAST, b: RuleAST) -> Bool {
        a.id == b.id && a.feltyp == b.feltyp && a.allvarlighet == b.allvarlighet && a.galler == b.galler
            && a.om == b.om && a.nar == b.nar && a.atgard == b.atgard && a.meddelande == b.meddelande
            && a.beskrivning == b.beskrivning
    }
}

/// A string of a `meddelande` or `beskrivning`: literal text and `{expr}` placeholders.
public struct Message: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(Expr)
    }

    public var parts: [Part]
    public var range: ByteRange

    public init(parts: [Part], range: ByteRange) {
        self.parts = parts
        self.range = range
    }

    public static func == (a: Message, b: Message) -> Bool { a.parts == b.parts }
}

/// Unary operators.
public enum UnaryOperator: String, Sendable, Equatable {
    /// `-x`
    case negate = "-"
    /// `inte x`
    case not = "inte"
}

/// Binary operators, with the precedence the parser gives them (higher binds tighter).
public enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    case or = "eller"
    case and = "och"
    case eq = "=", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case add = "+", subtract = "-"
    case multiply = "*"

    /// 1 (eller) … 5 (`*`).
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .eq, .ne, .lt, .le, .gt, .ge: 3
        case .add, .subtract: 4
        case .multiply: 5
        }
    }

    var isComparison: Bool { precedence == 3 }
}

/// An expression with its range.
public struct Expr: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        /// A whole number: `500`.
        case integer(Int64)
        /// An amount with a unit: `500 kr`, `5 tkr`, `2 mkr`; `kronor` is the value in whole kronor.
        case amount(number: Int64, unit: String, kronor: Int64)
        /// A text literal (decoded).
        case string(String)
        /// A date literal: `2025-03-14`.
        case date(Datum)
        /// `sant` / `falskt`.
        case boolean(Bool)
        /// A field name as written.
        case field(Name)
        /// A function call: `summa(medel) över enkät`.
        case call(Name, [Expr], over: Name?)
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        /// `x i [a, b]`, `x inte i [a, b]`.
        case membership(Expr, [Expr], negated: Bool)
        /// `x matchar "mönster"`; the pattern's text is decoded, its range is the string literal's.
        case matches(Expr, pattern: Name)
    }

    public var kind: Kind
    public var range: ByteRange

    public init(_ kind: Kind, _ range: ByteRange) {
        self.kind = kind
        self.range = range
    }

    public static func == (a: Expr, b: Expr) -> Bool { a.kind == b.kind }
}
