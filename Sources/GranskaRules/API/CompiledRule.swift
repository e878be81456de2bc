import GranskaCore

/// One rule, checked and compiled: its metadata, and closures that evaluate its precondition,
/// condition and message for an item without parsing anything again.
public struct CompiledRule: Sendable {
    /// The stable id, e.g. `std.ofullstandig`.
    public let id: String
    /// The defect type, when the rule names one.
    public let feltyp: String?
    public let allvarlighet: Allvarlighet
    /// What the rule is evaluated for.
    public let scope: RuleScope
    /// What happens to what it flags, beyond the finding.
    public let atgard: Atgard?
    public let beskrivning: String?
    /// Where the rule's `regel` keyword stands: file, 1-based line and column.
    public let location: SourceLocation

    let precondition: Eval?
    let condition: Eval
    let message: [MessagePart]
    /// The disjuncts of the condition's top-level `eller` chain, each with the first field it
    /// names: the field a finding points at is that of the first disjunct that holds.
    let involved: [Involved]
    let slots: Int

    enum MessagePart: Sendable {
        case text(String)
        case value(Eval, ValueType)
    }

    struct Involved: Sendable {
        var test: Eval?
        var field: Field?
    }

    init(_ r: CheckedRule) {
        id = r.id
        feltyp = r.feltyp
        allvarlighet = r.allvarlighet
        scope = r.scope
        atgard = r.atgard
        beskrivning = r.beskrivning
        location = r.location
        precondition = r.om.map(Lowering.lower)
        condition = Lowering.lower(r.nar)
        message = r.message.map { piece in
            switch piece {
            case .text(let s): .text(s)
            case .value(let e, let t): .value(Lowering.lower(e), t)
            }
        }
        var disjuncts: [Resolved] = []
        var stack = [r.nar]
        while let e = stack.popLast() {
            if case .or(let a, let b) = e {
                stack.append(b)
                stack.append(a)
            } else {
                disjuncts.append(e)
            }
        }
        involved =
            disjuncts.count == 1
            ? [Involved(test: nil, field: disjuncts[0].fields.first { $0.svarColumn != nil })]
            : disjuncts.map { Involved(test: Lowering.lower($0), field: $0.fields.first { $0.svarColumn != nil }) }
        slots = r.slots
    }

    /// True when the rule's `om` clause holds (or it has none) where `c` stands.
    func applies(_ c: EvalContext) -> Bool {
        guard let precondition else { return true }
        return precondition(c).bool
    }

    /// The finding this rule makes where `c` stands, about the given enkät, respondent and insats.
    func finding(
        _ c: EvalContext, enkat: String?, respondent: String?, insatsNr: Int?, location: SourceLocation?
    ) -> Finding {
        Finding(
            regel: id, feltyp: feltyp, allvarlighet: allvarlighet, enkat: enkat, respondent: respondent,
            insatsNr: insatsNr, location: location, meddelande: render(c))
    }

    /// The message for the context's current item.
    func render(_ c: EvalContext) -> String {
        var out = ""
        for part in message {
            switch part {
            case .text(let s): out += s
            case .value(let e, let t): out += ValueFormatting.format(e(c), as: t)
            }
        }
        return out
    }

    /// The field the finding for the current item is about, if one can be named.
    func involvedField(_ c: EvalContext) -> Field? {
        for i in involved {
            guard let test = i.test else { return i.field }
            if test(c).bool { return i.field }
        }
        return nil
    }
}
