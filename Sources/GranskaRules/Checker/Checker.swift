import GranskaCore

/// Resolves and type-checks a parsed rule file, before any data is read.
///
/// Each rule's clauses are read (severity, scope, action), every name is resolved against the
/// data contract's fields and the language's functions, and every expression gets a type. A rule
/// that can never apply — unknown scope, a type mismatch, an unknown function, an aggregate where
/// none is allowed — is rejected with a diagnostic; all rules are checked, so all problems are
/// reported at once.
struct Checker {
    var sink: DiagnosticSink
    /// The scope of the rule being checked.
    var scope: RuleScope = .insats
    /// Whether the current scope is known (an unknown `gäller` is reported once, not per field).
    var scopeKnown = true
    /// Aggregate caches handed out in the current rule.
    var slots = 0

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    /// Checks every rule of a file.
    ///
    /// - Returns: The rules that checked without errors (all of them when there are none).
    static func check(_ file: RuleFileAST, sink: inout DiagnosticSink) -> [CheckedRule] {
        var checker = Checker(sink: sink)
        var seen: [String: ByteRange] = [:]
        var checked: [CheckedRule] = []
        for rule in file.rules {
            if !rule.id.text.isEmpty {
                if let first = seen[rule.id.text] {
                    let line = checker.sink.source.location(of: first.start).line
                    checker.sink.emit(
                        .duplicateID, rule.id.range, "regeln '\(rule.id.text)' finns redan på rad \(line)")
                } else {
                    seen[rule.id.text] = rule.id.range
                }
            }
            if let c = checker.checkRule(rule) { checked.append(c) }
        }
        sink = checker.sink
        return checked
    }

    /// Checks one rule; `nil` when it has errors (already reported).
    mutating func checkRule(_ rule: RuleAST) -> CheckedRule? {
        let errorsBefore = sink.diagnostics.filter(\.isError).count
        slots = 0
        let idText = rule.id.text

        func missing(_ k: Keyword) {
            if !rule.hadSyntaxErrors {
                sink.emit(.missingClause, rule.id.range, "regeln '\(idText)' saknar '\(k.display)'")
            }
        }

        // gäller
        scopeKnown = true
        scope = .insats
        if let g = rule.galler {
            if let s = RuleScope(folded: g.folded) {
                scope = s
            } else {
                scopeKnown = false
                let names = RuleScope.allCases.map(\.display)
                sink.emit(
                    .unknownScope, g.range,
                    "okänt omfång '\(g.text)'\(Suggestion.phrase(g.text, in: names)) (insats, svar, enkät eller omgång)")
            }
        } else {
            scopeKnown = false
            missing(.galler)
        }

        // allvarlighet
        var allvarlighet = Allvarlighet.fel
        if let a = rule.allvarlighet {
            if let v = Allvarlighet(rawValue: a.folded) {
                allvarlighet = v
            } else {
                let names = Allvarlighet.allCases.map(\.rawValue)
                sink.emit(
                    .unknownSeverity, a.range,
                    "okänd allvarlighet '\(a.text)'\(Suggestion.phrase(a.text, in: names)) (fel, varning eller info)")
            }
        } else {
            missing(.allvarlighet)
        }

        // feltyp
        var feltyp: String?
        if let f = rule.feltyp {
            if let known = Feltyp.allCases.first(where: { $0.rawValue == f.folded }) {
                feltyp = known.rawValue
            } else {
                feltyp = f.text
                let names = Feltyp.allCases.map(\.rawValue)
                let hint = Suggestion.phrase(f.text, in: names)
                sink.emit(
                    .unknownFeltyp, f.range,
                    "feltypen '\(f.text)' finns inte i dataavtalet\(hint.isEmpty ? " (en egen feltyp går bra)" : hint)",
                    severity: .varning)
            }
        }

        // åtgärd
        var atgard: Atgard?
        if let a = rule.atgard {
            if let v = Atgard(rawValue: a.folded) {
                atgard = v
                if scopeKnown && !v.allowedScopes.contains(scope) {
                    let allowed = v.allowedScopes.map(\.display).joined(separator: " eller ")
                    sink.emit(
                        .actionScope, a.range,
                        "åtgärden '\(v.rawValue)' kan bara stå i en regel som gäller \(allowed), inte \(scope.display)")
                }
            } else {
                let names = Atgard.allCases.map(\.rawValue)
                sink.emit(
                    .unknownAction, a.range,
                    "okänd åtgärd '\(a.text)'\(Suggestion.phrase(a.text, in: names)) (uteslut, stryk eller uteslut_svar)")
            }
        }

        // om, när
        var om: Resolved?
        if let e = rule.om {
            om = checkCondition(e, clause: .om)
        }
        var nar: Resolved?
        if let e = rule.nar {
            nar = checkCondition(e, clause: .nar)
        } else {
            missing(.nar)
        }

        // meddelande
        var message: [MessagePiece] = []
        if let m = rule.meddelande {
            for part in m.parts {
                switch part {
                case .text(let s): message.append(.text(s))
                case .placeholder(let e):
                    if let t = check(e, insideAggregate: false) { message.append(.value(t.node, t.type)) }
                }
            }
        } else {
            missing(.meddelande)
        }

        let beskrivning = rule.beskrivning.map { m in
            m.parts.map { part -> String in
                if case .text(let s) = part { return s }
                return ""
            }.joined()
        }

        let errorsAfter = sink.diagnostics.filter(\.isError).count
        guard errorsAfter == errorsBefore, !rule.hadSyntaxErrors, let condition = nar else { return nil }
        return CheckedRule(
            id: idText, feltyp: feltyp, allvarlighet: allvarlighet, scope: scope, om: om, nar: condition,
            atgard: atgard, message: message, beskrivning: beskrivning,
            location: sink.source.location(of: rule.range.start), slots: slots)
    }

    /// An `om` or `när` expression, which must be sant/falskt.
    mutating func checkCondition(_ e: Expr, clause: Keyword) -> Resolved? {
        guard let t = check(e, insideAggregate: false) else { return nil }
        guard t.type == .sanning else {
            sink.emit(
                .typeMismatch, e.range,
                "villkoret efter '\(clause.display)' ska vara sant eller falskt, men är \(t.type.withArticle)")
            return nil
        }
        return t.node
    }
}
