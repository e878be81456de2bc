import GranskaCore

/// A compiled expression: called once per item, it reads the context's current insats, answer
/// and enkät through indices resolved at compile time (no lookup by name per row).
typealias Eval = @Sendable (EvalContext) -> Value

/// Turns checked expressions into closures.
///
/// Missing values: arithmetic with a missing operand is missing; a comparison, `i` or `matchar`
/// with a missing operand is `falskt`; `och`, `eller`, `inte` work on sant/falskt only, so
/// `inte (medel > 0)` is `sant` when `medel` is missing.
enum Lowering {
    static func lower(_ r: Resolved) -> Eval {
        switch r {
        case .constant(let v):
            return { _ in v }
        case .field(let f):
            return field(f)
        case .negate(let a):
            let ea = lower(a)
            return { c in
                guard case .int(let x) = ea(c) else { return .missing }
                let (v, o) = Int64(0).subtractingReportingOverflow(x)
                return o ? .missing : .int(v)
            }
        case .not(let a):
            let ea = lower(a)
            return { c in .bool(!ea(c).bool) }
        case .and(let a, let b):
            let ea = lower(a)
            let eb = lower(b)
            return { c in .bool(ea(c).bool && eb(c).bool) }
        case .or(let a, let b):
            let ea = lower(a)
            let eb = lower(b)
            return { c in .bool(ea(c).bool || eb(c).bool) }
        case .arithmetic(let op, let a, let b):
            return arithmetic(op, lower(a), lower(b))
        case .compare(let op, let a, let b):
            return compare(op, lower(a), lower(b))
        case .member(let a, let set, let negated):
            let ea = lower(a)
            return { c in
                let v = ea(c)
                if v.isMissing { return .bool(false) }
                return .bool(set.contains(v) != negated)
            }
        case .matches(let a, let pattern):
            let ea = lower(a)
            return { c in
                guard case .text(let s) = ea(c) else { return .bool(false) }
                return .bool(pattern.matches(s))
            }
        case .function(let f, let a):
            return function(f, lower(a))
        case .saknade(let fields):
            let evals = fields.map { (field($0), $0.label) }
            return { c in
                let names = evals.compactMap { e, label in isEmpty(e(c)) ? label : nil }
                return .text(ValueFormatting.list(names))
            }
        case .aggregate(let a, let args, let group, let slot, let argType):
            return AggregateLowering.lower(a, args.map(lower), group: group, slot: slot, argumentType: argType)
        }
    }

    /// `tom(x)`: no value, or blank text.
    static func isEmpty(_ v: Value) -> Bool {
        switch v {
        case .missing: true
        case .text(let s): s.isBlank
        default: false
        }
    }

    // MARK: - Operators

    private static func arithmetic(_ op: Arithmetic, _ ea: @escaping Eval, _ eb: @escaping Eval) -> Eval {
        switch op {
        case .add, .subtract, .multiply:
            return { c in
                guard case .int(let x) = ea(c), case .int(let y) = eb(c) else { return .missing }
                let (v, o) =
                    op == .add
                    ? x.addingReportingOverflow(y)
                    : op == .subtract ? x.subtractingReportingOverflow(y) : x.multipliedReportingOverflow(by: y)
                return o ? .missing : .int(v)
            }
        case .datePlusDays, .dateMinusDays:
            return { c in
                guard case .date(let d) = ea(c), case .int(let n) = eb(c) else { return .missing }
                return shifted(d, op == .datePlusDays ? n : -n)
            }
        case .daysPlusDate:
            return { c in
                guard case .int(let n) = ea(c), case .date(let d) = eb(c) else { return .missing }
                return shifted(d, n)
            }
        case .dateDifference:
            return { c in
                guard case .date(let x) = ea(c), case .date(let y) = eb(c) else { return .missing }
                return .int(Int64(x - y))
            }
        }
    }

    /// A date moved by `days`; missing outside the years 1–9999.
    private static func shifted(_ day: Int, _ days: Int64) -> Value {
        guard abs(days) < 4_000_000 else { return .missing }
        let d = day + Int(days)
        let datum = Datum(dayNumber: d)
        return (1...9999).contains(datum.year) ? .date(d) : .missing
    }

    private static func compare(_ op: Comparison, _ ea: @escaping Eval, _ eb: @escaping Eval) -> Eval {
        { c in
            let a = ea(c)
            let b = eb(c)
            if a.isMissing || b.isMissing { return .bool(false) }
            switch op {
            case .eq: return .bool(a == b)
            case .ne: return .bool(a != b)
            case .lt: return .bool(a < b)
            case .le: return .bool(!(b < a))
            case .gt: return .bool(b < a)
            case .ge: return .bool(!(a < b))
            }
        }
    }

    // MARK: - Functions

    private static func function(_ f: Function, _ ea: @escaping Eval) -> Eval {
        switch f {
        case .tom:
            return { c in .bool(isEmpty(ea(c))) }
        case .saknas:
            return { c in .bool(ea(c).isMissing) }
        case .trim:
            return { c in
                guard case .text(let s) = ea(c) else { return .missing }
                return .text(s.trimmingSpaces())
            }
        case .gemener:
            return { c in
                guard case .text(let s) = ea(c) else { return .missing }
                return .text(s.lowercased())
            }
        case .langd:
            return { c in
                guard case .text(let s) = ea(c) else { return .missing }
                return .int(Int64(s.count))
            }
        case .abs:
            return { c in
                guard case .int(let x) = ea(c), x != Int64.min else { return .missing }
                return .int(Swift.abs(x))
            }
        case .ar:
            return { c in
                switch ea(c) {
                case .date(let d): .int(Int64(Datum(dayNumber: d).year))
                case .time(let t): .int(Int64(Datum(dayNumber: Value.day(ofSeconds: t)).year))
                default: .missing
                }
            }
        case .datum:
            return { c in
                switch ea(c) {
                case .date(let d): .date(d)
                case .time(let t): .date(Value.day(ofSeconds: t))
                case .text(let s): Datum(iso: s).map { .date($0.dayNumber) } ?? .missing
                default: .missing
                }
            }
        case .saknade:
            return { _ in .missing }
        }
    }
}
