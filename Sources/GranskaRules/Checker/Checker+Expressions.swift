import GranskaCore

/// A checked expression and its type.
struct Typed {
    var node: Resolved
    var type: ValueType
}

extension Checker {
    /// Resolves and types `e`; `nil` after reporting a problem. Children are checked even when a
    /// sibling fails, so every problem is reported.
    ///
    /// The tree is at most about twice ``ruleNestingLimit`` deep (the parser sees to it), so the
    /// recursion is bounded.
    mutating func check(_ e: Expr, insideAggregate: Bool) -> Typed? {
        switch e.kind {
        case .integer(let n):
            return Typed(node: .constant(.int(n)), type: .heltal)
        case .amount(_, _, let kronor):
            return Typed(node: .constant(.int(kronor)), type: .belopp)
        case .string(let s):
            return Typed(node: .constant(.text(s)), type: .text)
        case .date(let d):
            return Typed(node: .constant(.date(d.dayNumber)), type: .datum)
        case .boolean(let b):
            return Typed(node: .constant(.bool(b)), type: .sanning)
        case .field(let name):
            return checkField(name, insideAggregate: insideAggregate)
        case .call(let name, let args, let over):
            return checkCall(name, args, over: over, range: e.range, insideAggregate: insideAggregate)
        case .unary(.negate, let operand):
            guard let t = check(operand, insideAggregate: insideAggregate) else { return nil }
            guard t.type.isNumber else {
                sink.emit(.typeMismatch, e.range, "'-' kan bara stå framför ett tal eller belopp, inte \(t.type.withArticle)")
                return nil
            }
            if case .constant(.int(let n)) = t.node, n != Int64.min { return Typed(node: .constant(.int(-n)), type: t.type) }
            return Typed(node: .negate(t.node), type: t.type)
        case .unary(.not, let operand):
            guard let t = check(operand, insideAggregate: insideAggregate) else { return nil }
            guard t.type == .sanning else {
                sink.emit(.typeMismatch, operand.range, "'inte' ska stå framför ett villkor, inte \(t.type.withArticle)")
                return nil
            }
            return Typed(node: .not(t.node), type: .sanning)
        case .binary(let op, let lhs, let rhs):
            let l = check(lhs, insideAggregate: insideAggregate)
            let r = check(rhs, insideAggregate: insideAggregate)
            guard let l, let r else { return nil }
            return checkBinary(op, l, r, lhs: lhs, rhs: rhs, range: e.range)
        case .membership(let lhs, let items, let negated):
            return checkMembership(lhs, items, negated: negated, insideAggregate: insideAggregate)
        case .matches(let lhs, let pattern):
            let l = check(lhs, insideAggregate: insideAggregate)
            let compiled: Pattern?
            do {
                compiled = try Pattern(pattern.text)
            } catch let error as Pattern.CompileError {
                let id: RuleDiagnosticID = error.message.contains("längre än") ? .patternTooLong : .badPattern
                let where_ = id == .badPattern ? " (vid tecken \(error.offset + 1) i mönstret)" : ""
                sink.emit(id, pattern.range, "ogiltigt mönster: \(error.message)\(where_)")
                compiled = nil
            } catch {
                compiled = nil
            }
            guard let l, let compiled else { return nil }
            guard l.type == .text else {
                sink.emit(.typeMismatch, lhs.range, "'matchar' jämför en text med ett mönster, men fick \(l.type.withArticle)")
                return nil
            }
            return Typed(node: .matches(l.node, compiled), type: .sanning)
        }
    }

    // MARK: - Fields

    mutating func checkField(_ name: Name, insideAggregate: Bool) -> Typed? {
        guard let field = Field.byFoldedName[name.folded] else {
            if Callable.byFoldedName[name.folded] != nil {
                sink.emit(.unknownField, name.range, "'\(name.text)' är en funktion: skriv \(name.text)(…)")
            } else {
                let names = Field.allCases.map(\.name)
                sink.emit(.unknownField, name.range, "okänt fält '\(name.text)'\(Suggestion.phrase(name.text, in: names))")
            }
            return nil
        }
        if !insideAggregate && scopeKnown && !field.isAvailable(in: scope) {
            let hint =
                scope >= .enkat
                ? "; använd en mängdfunktion, som antal(…) eller summa(…)"
                : "; fältet hör till \(field.level.display)"
            sink.emit(
                .fieldScope, name.range,
                "fältet '\(field.name)' finns inte i en regel som gäller \(scope.display)\(hint)")
            return nil
        }
        return Typed(node: .field(field), type: field.type)
    }

    // MARK: - Operators

    mutating func checkBinary(_ op: BinaryOperator, _ l: Typed, _ r: Typed, lhs: Expr, rhs: Expr, range: ByteRange)
        -> Typed?
    {
        switch op {
        case .and, .or:
            for (t, side) in [(l, lhs), (r, rhs)] where t.type != .sanning {
                sink.emit(.typeMismatch, side.range, "'\(op.rawValue)' binder ihop villkor, men fick \(t.type.withArticle)")
            }
            guard l.type == .sanning && r.type == .sanning else { return nil }
            return Typed(node: op == .and ? .and(l.node, r.node) : .or(l.node, r.node), type: .sanning)
        case .add, .subtract, .multiply:
            return checkArithmetic(op, l, r, range: range)
        case .eq, .ne, .lt, .le, .gt, .ge:
            guard let cmp = Comparison(op) else { return nil }
            return checkComparison(op, cmp, l, r, lhs: lhs, rhs: rhs, range: range)
        }
    }

    mutating func checkArithmetic(_ op: BinaryOperator, _ l: Typed, _ r: Typed, range: ByteRange) -> Typed? {
        switch (op, l.type, r.type) {
        case (.add, let a, let b) where a.isNumber && b.isNumber,
            (.subtract, let a, let b) where a.isNumber && b.isNumber:
            let type: ValueType = a == .belopp || b == .belopp ? .belopp : .heltal
            return Typed(node: .arithmetic(op == .add ? .add : .subtract, l.node, r.node), type: type)
        case (.multiply, .heltal, .heltal):
            return Typed(node: .arithmetic(.multiply, l.node, r.node), type: .heltal)
        case (.multiply, .heltal, .belopp), (.multiply, .belopp, .heltal):
            return Typed(node: .arithmetic(.multiply, l.node, r.node), type: .belopp)
        case (.multiply, .belopp, .belopp):
            sink.emit(.typeMismatch, range, "belopp gånger belopp ger inget belopp: multiplicera ett belopp med ett heltal")
            return nil
        case (.add, .datum, .heltal):
            return Typed(node: .arithmetic(.datePlusDays, l.node, r.node), type: .datum)
        case (.add, .heltal, .datum):
            return Typed(node: .arithmetic(.daysPlusDate, l.node, r.node), type: .datum)
        case (.subtract, .datum, .heltal):
            return Typed(node: .arithmetic(.dateMinusDays, l.node, r.node), type: .datum)
        case (.subtract, .datum, .datum):
            return Typed(node: .arithmetic(.dateDifference, l.node, r.node), type: .heltal)
        default:
            var hint = ""
            if l.type == .tidpunkt || r.type == .tidpunkt { hint = "; räkna med datum(…) av tidpunkten" }
            sink.emit(
                .typeMismatch, range,
                "'\(op.rawValue)' går inte mellan \(l.type.withArticle) och \(r.type.withArticle)\(hint)")
            return nil
        }
    }

    mutating func checkComparison(
        _ op: BinaryOperator, _ cmp: Comparison, _ l: Typed, _ r: Typed, lhs: Expr, rhs: Expr, range: ByteRange
    ) -> Typed? {
        guard l.type.isComparable(with: r.type) else {
            var hint = ""
            if Set([l.type, r.type]) == [.datum, .tidpunkt] {
                hint = "; jämför datum(…) av tidpunkten med datumet"
            }
            sink.emit(.typeMismatch, range, "kan inte jämföra \(l.type.withArticle) med \(r.type.withArticle)\(hint)")
            return nil
        }
        let ordered = cmp != .eq && cmp != .ne
        if ordered && (l.type == .text || l.type == .sanning) {
            sink.emit(
                .typeMismatch, range,
                "\(l.type == .text ? "text" : "sant/falskt") kan bara jämföras med = och !=, inte '\(op.rawValue)'")
            return nil
        }
        guard checkClosedValue(l, against: r, at: rhs.range), checkClosedValue(r, against: l, at: lhs.range) else {
            return nil
        }
        return Typed(node: .compare(cmp, l.node, r.node), type: .sanning)
    }

    /// When `field` is a field with a closed set of values and `other` a text constant outside
    /// it, reports `rules.unknown-value`.
    mutating func checkClosedValue(_ field: Typed, against other: Typed, at range: ByteRange) -> Bool {
        guard case .field(let f) = field.node, let values = f.closedValues,
            case .constant(.text(let s)) = other.node, !values.contains(s)
        else { return true }
        let list = values.map { "\"\($0)\"" }.joined(separator: ", ")
        let suggestion = Suggestion.nearest(s, in: values).map { " – menade du \"\($0)\"?" } ?? " (möjliga: \(list))"
        sink.emit(.unknownValue, range, "'\(f.name)' kan aldrig vara \"\(s)\"\(suggestion)")
        return false
    }

    mutating func checkMembership(_ lhs: Expr, _ items: [Expr], negated: Bool, insideAggregate: Bool) -> Typed? {
        let l = check(lhs, insideAggregate: insideAggregate)
        var values = Set<Value>()
        var ok = true
        for item in items {
            guard let t = check(item, insideAggregate: insideAggregate) else {
                ok = false
                continue
            }
            guard case .constant(let v) = t.node else {
                sink.emit(.listLiteral, item.range, "en lista får bara innehålla fasta värden (text, tal, datum)")
                ok = false
                continue
            }
            if let l, !l.type.isComparable(with: t.type) {
                sink.emit(.typeMismatch, item.range, "listan jämförs med \(l.type.withArticle), men här står \(t.type.withArticle)")
                ok = false
                continue
            }
            if let l, !checkClosedValue(l, against: t, at: item.range) {
                ok = false
                continue
            }
            values.insert(v)
        }
        guard let l, ok else { return nil }
        return Typed(node: .member(l.node, values, negated: negated), type: .sanning)
    }
}
