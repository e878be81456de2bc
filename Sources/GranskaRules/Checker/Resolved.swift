import GranskaCore

/// A checked expression: every name resolved to a ``Field``, ``Function`` or ``Aggregate``,
/// every operator to the operation its operand types select. The evaluator only ever sees these.
indirect enum Resolved: Sendable {
    case constant(Value)
    case field(Field)
    case negate(Resolved)
    case not(Resolved)
    case and(Resolved, Resolved)
    case or(Resolved, Resolved)
    case arithmetic(Arithmetic, Resolved, Resolved)
    case compare(Comparison, Resolved, Resolved)
    case member(Resolved, Set<Value>, negated: Bool)
    case matches(Resolved, Pattern)
    case function(Function, Resolved)
    /// `saknade(f1, f2, …)`: the labels of the listed fields that are `tom`.
    case saknade([Field])
    /// An aggregate over `group`; `slot` numbers its cache within the rule; `argumentType` is the
    /// type of its (first) argument, when it has one.
    case aggregate(Aggregate, [Resolved], group: RuleScope, slot: Int, argumentType: ValueType?)

    /// The fields the expression names, outside aggregates, in the order written.
    var fields: [Field] {
        switch self {
        case .constant, .saknade, .aggregate: []
        case .field(let f): [f]
        case .negate(let a), .not(let a), .member(let a, _, _), .matches(let a, _), .function(_, let a): a.fields
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b), .compare(_, let a, let b):
            a.fields + b.fields
        }
    }
}

/// Arithmetic, by operand types. Integer operations are checked: overflow gives a missing value.
enum Arithmetic: Sendable {
    case add, subtract, multiply
    /// datum + heltal (days)
    case datePlusDays
    /// heltal (days) + datum
    case daysPlusDate
    /// datum − heltal (days)
    case dateMinusDays
    /// datum − datum: the number of days between
    case dateDifference
}

enum Comparison: Sendable {
    case eq, ne, lt, le, gt, ge

    init?(_ op: BinaryOperator) {
        switch op {
        case .eq: self = .eq
        case .ne: self = .ne
        case .lt: self = .lt
        case .le: self = .le
        case .gt: self = .gt
        case .ge: self = .ge
        default: return nil
        }
    }
}

/// A checked rule, ready to be lowered to closures.
struct CheckedRule: Sendable {
    var id: String
    var feltyp: String?
    var allvarlighet: Allvarlighet
    var scope: RuleScope
    var om: Resolved?
    var nar: Resolved
    var atgard: Atgard?
    var message: [MessagePiece]
    var beskrivning: String?
    /// Where the rule's `regel` keyword stands.
    var location: SourceLocation
    /// How many aggregate caches the rule needs.
    var slots: Int
}

/// A piece of a checked message: literal text, or a placeholder and its type (which picks the
/// formatting: `1 250 000 kr` for a belopp, `2025-03-14` for a datum).
enum MessagePiece: Sendable {
    case text(String)
    case value(Resolved, ValueType)
}
