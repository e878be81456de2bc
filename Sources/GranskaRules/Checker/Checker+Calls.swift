extension Checker {
    /// Resolves a call to a function or an aggregate and checks its arguments.
    mutating func checkCall(_ name: Name, _ args: [Expr], over: Name?, range: ByteRange, insideAggregate: Bool)
        -> Typed?
    {
        guard let callable = Callable.byFoldedName[name.folded] else {
            if let f = Field.byFoldedName[name.folded] {
                sink.emit(.unknownFunction, name.range, "'\(name.text)' är ett fält, ingen funktion: skriv \(f.name) utan parentes")
            } else {
                sink.emit(
                    .unknownFunction, name.range,
                    "okänd funktion '\(name.text)'\(Suggestion.phrase(name.text, in: Callable.displayNames))")
            }
            // Check the arguments for unknown names too; as if inside an aggregate, since an
            // unknown name may well be a misspelt aggregate.
            for a in args { _ = check(a, insideAggregate: true) }
            return nil
        }
        switch callable {
        case .function(let f):
            if let over {
                sink.emit(
                    .overNotAggregate, over.range,
                    "'över' kan bara följa en mängdfunktion (antal, antal_unika, summa, min, max, dubblett), inte '\(f.display)'")
            }
            return checkFunction(f, name: name, args, range: range, insideAggregate: insideAggregate)
        case .aggregate(let a):
            return checkAggregate(a, name: name, args, over: over, range: range, insideAggregate: insideAggregate)
        }
    }

    private mutating func arity(_ display: String, _ args: [Expr], _ allowed: ClosedRange<Int>, range: ByteRange)
        -> Bool
    {
        guard !allowed.contains(args.count) else { return true }
        let wanted: String
        if allowed.lowerBound == allowed.upperBound {
            wanted = allowed.lowerBound == 1 ? "1 argument" : "\(allowed.lowerBound) argument"
        } else if allowed.upperBound == Int.max {
            wanted = "minst \(allowed.lowerBound) argument"
        } else {
            wanted = "\(allowed.lowerBound) eller \(allowed.upperBound) argument"
        }
        sink.emit(.wrongArguments, range, "'\(display)' tar \(wanted), men fick \(args.count)")
        return false
    }

    private mutating func checkFunction(_ f: Function, name: Name, _ args: [Expr], range: ByteRange, insideAggregate: Bool)
        -> Typed?
    {
        if f == .saknade {
            guard arity(f.display, args, 1...Int.max, range: range) else { return nil }
            var fields: [Field] = []
            var ok = true
            for a in args {
                guard case .field(let n) = a.kind else {
                    sink.emit(.wrongArguments, a.range, "saknade(…) tar bara fältnamn, som saknade(titel, status)")
                    ok = false
                    continue
                }
                guard let t = checkField(n, insideAggregate: insideAggregate), case .field(let field) = t.node else {
                    ok = false
                    continue
                }
                fields.append(field)
            }
            return ok ? Typed(node: .saknade(fields), type: .text) : nil
        }
        let checkedArgs = args.map { check($0, insideAggregate: insideAggregate) }
        guard arity(f.display, args, 1...1, range: range), let first = checkedArgs[0] else { return nil }
        let type = first.type
        func mismatch(_ expected: String) -> Typed? {
            sink.emit(.typeMismatch, args[0].range, "'\(f.display)' tar \(expected), men fick \(type.withArticle)")
            return nil
        }
        switch f {
        case .tom, .saknas:
            return Typed(node: .function(f, first.node), type: .sanning)
        case .trim, .gemener:
            guard type == .text else { return mismatch("en text") }
            return Typed(node: .function(f, first.node), type: .text)
        case .langd:
            guard type == .text else { return mismatch("en text") }
            return Typed(node: .function(f, first.node), type: .heltal)
        case .abs:
            guard type.isNumber else { return mismatch("ett tal eller belopp") }
            return Typed(node: .function(f, first.node), type: type)
        case .ar:
            guard type == .datum || type == .tidpunkt else { return mismatch("ett datum eller en tidpunkt") }
            return Typed(node: .function(f, first.node), type: .heltal)
        case .datum:
            guard type == .datum || type == .tidpunkt || type == .text else {
                return mismatch("en tidpunkt, ett datum eller en text")
            }
            return Typed(node: .function(f, first.node), type: .datum)
        case .saknade:
            return nil
        }
    }

    private mutating func checkAggregate(
        _ a: Aggregate, name: Name, _ args: [Expr], over: Name?, range: ByteRange, insideAggregate: Bool
    ) -> Typed? {
        var ok = true
        if insideAggregate {
            sink.emit(.aggregateNotAllowed, name.range, "mängdfunktionen '\(a.display)' kan inte stå inuti en annan mängdfunktion")
            ok = false
        } else if a == .dubblett && scopeKnown && scope != .insats {
            sink.emit(.aggregateNotAllowed, name.range, "dubblett(…) kan bara användas i en regel som gäller insats")
            ok = false
        }
        var group = scope.defaultGroup
        if let over {
            if let g = RuleScope(folded: over.folded), g != .insats {
                group = g
                if scopeKnown && g < scope.defaultGroup {
                    sink.emit(
                        .aggregateScope, over.range,
                        "'över \(g.display)' är snävare än regelns omfång '\(scope.display)'")
                    ok = false
                }
            } else {
                let names = ["svar", "enkät", "omgång"]
                sink.emit(
                    .aggregateScope, over.range,
                    "okänd grupp '\(over.text)' efter 'över'\(Suggestion.phrase(over.text, in: names)) (svar, enkät eller omgång)")
                ok = false
            }
        }
        let checkedArgs = args.map { check($0, insideAggregate: true) }
        let allowed: ClosedRange<Int> =
            switch a {
            case .antal: 0...1
            case .dubblett: 1...Int.max
            default: 1...1
            }
        guard arity(a.display, args, allowed, range: range), ok else { return nil }
        var nodes: [Resolved] = []
        for c in checkedArgs {
            guard let c else { return nil }
            nodes.append(c.node)
        }
        let argType = checkedArgs.first??.type
        func mismatch(_ expected: String) -> Typed? {
            sink.emit(.typeMismatch, args[0].range, "'\(a.display)' tar \(expected), men fick \(argType?.withArticle ?? "inget")")
            return nil
        }
        let type: ValueType
        switch a {
        case .antal, .antalUnika:
            type = .heltal
        case .summa:
            guard let t = argType, t.isNumber else { return mismatch("ett tal eller belopp") }
            type = t
        case .min, .max:
            guard let t = argType, t.isNumber || t == .datum || t == .tidpunkt else {
                return mismatch("ett tal, belopp, datum eller en tidpunkt")
            }
            type = t
        case .dubblett:
            type = .sanning
        }
        let slot = slots
        slots += 1
        return Typed(node: .aggregate(a, nodes, group: group, slot: slot, argumentType: argType), type: type)
    }
}
