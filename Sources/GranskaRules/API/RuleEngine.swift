import GranskaCore

/// How one rule fared in a run: the JUnit report makes one test case of each.
public struct RuleStats: Sendable, Hashable {
    public var id: String
    public var feltyp: String?
    public var allvarlighet: Allvarlighet
    public var scope: RuleScope
    /// The rule file and the 1-based line of its `regel` keyword.
    public var file: String
    public var line: Int
    /// Items the rule applied to: in its scope, with its `om` holding.
    public var evaluated: Int
    /// Items it flagged (findings made).
    public var flagged: Int
}

/// What running the rules over a round gave.
public struct RuleOutcome: Sendable {
    /// Every finding, in the stable order of ``Finding/sortedStable()``.
    public var findings: [Finding]
    /// What the rules' actions set aside.
    public var rensning: Rensning
    /// The grouping of the round into answers and submissions the rules used (`Omgang.svar()`),
    /// for the next stages to reuse.
    public var svar: [Svar]
    /// One entry per rule, in the rule set's order.
    public var ruleStats: [RuleStats]
}

/// Runs compiled rules over a round.
public enum RuleEngine {
    /// Evaluates every rule for every item of its scope: insats rules for each insats of a
    /// counting submission, svar rules for each answer, enkät rules for each enkät of
    /// `omgang.csv`, omgång rules once.
    ///
    /// - Parameters:
    ///   - rules: The compiled rules.
    ///   - omgang: The round.
    ///   - fieldLocation: Where a field of an insats stands (insats index into
    ///     `omgang.insatser`, `svar.csv` column name), to override where the insats itself says
    ///     its cell is (``GranskaCore/Insats/location(ofColumn:)``). Findings about an insats
    ///     point at the cell of the field involved, or at the record when no field is.
    /// - Returns: Findings, what was set aside, the answers, and per-rule statistics.
    /// - Complexity: O(n log n) to group the answers, then O(n) evaluations per rule for n
    ///   insatser (each aggregate group is computed once).
    public static func run(
        _ rules: RuleSet, on omgang: Omgang,
        fieldLocation: (@Sendable (Int, String) -> SourceLocation?)? = nil
    ) -> RuleOutcome {
        run(rules, on: omgang, fieldLocation: fieldLocation, answersPerChunk: answersPerChunk)
    }

    /// ``run(_:on:fieldLocation:)`` with ranges of `answersPerChunk` answers (tests check that
    /// the outcome does not depend on it).
    static func run(
        _ rules: RuleSet, on omgang: Omgang, fieldLocation: (@Sendable (Int, String) -> SourceLocation?)?,
        answersPerChunk: Int
    ) -> RuleOutcome {
        let svar = omgang.svar()
        let data = RoundData(omgang: omgang, svar: svar)
        let roundLocation = omgang.enkater.first.map { SourceLocation(file: $0.location.file, line: 1) }

        // Insats and svar rules look at one answer at a time: contiguous ranges of answers are
        // evaluated on separate cores, each range with every rule in order (so the first rule to
        // set an insats aside still wins). Enkät and omgång rules run once, afterwards.
        let n = data.svarInfo.count
        let ranges = Parallel.ranges(count: n, perChunk: answersPerChunk)
        let partials = Parallel.map(ranges.indices) {
            evaluate(rules, data, answers: ranges[$0], fieldLocation: fieldLocation)
        }
        var findings: [Finding] = []
        var rensning = Rensning()
        var counts = [(evaluated: Int, flagged: Int)](repeating: (0, 0), count: rules.rules.count)
        for p in partials {
            findings += p.findings
            rensning.uteslutna.merge(p.rensning.uteslutna) { a, _ in a }
            rensning.strukna.merge(p.rensning.strukna) { a, _ in a }
            rensning.uteslutnaSvar.merge(p.rensning.uteslutnaSvar) { a, _ in a }
            for r in counts.indices {
                counts[r].evaluated += p.counts[r].evaluated
                counts[r].flagged += p.counts[r].flagged
            }
        }
        for (r, rule) in rules.rules.enumerated() where rule.scope == .enkat || rule.scope == .omgang {
            counts[r] = evaluateGroups(rule, data, roundLocation: roundLocation, into: &findings)
        }
        let stats = zip(rules.rules, counts).map { rule, count in
            RuleStats(
                id: rule.id, feltyp: rule.feltyp, allvarlighet: rule.allvarlighet, scope: rule.scope,
                file: rule.location.file, line: rule.location.line, evaluated: count.evaluated, flagged: count.flagged)
        }
        return RuleOutcome(findings: findings.sortedStable(), rensning: rensning, svar: svar, ruleStats: stats)
    }

    /// Answers per range below which one core evaluates them all.
    static let answersPerChunk = 4096

    /// What the insats and svar rules found over a range of answers.
    struct Partial: Sendable {
        var findings: [Finding] = []
        var rensning = Rensning()
        /// Per rule of the set (zero for enkät and omgång rules).
        var counts: [(evaluated: Int, flagged: Int)]
    }

    /// Every insats and svar rule, in order, over the answers `answers` (indices into
    /// `data.svarInfo`).
    static func evaluate(
        _ rules: RuleSet, _ data: RoundData, answers: Range<Int>,
        fieldLocation: (@Sendable (Int, String) -> SourceLocation?)?
    ) -> Partial {
        var p = Partial(counts: Array(repeating: (0, 0), count: rules.rules.count))
        for (r, rule) in rules.rules.enumerated() {
            let c = EvalContext(data: data, slots: rule.slots)
            var evaluated = 0
            var flagged = 0

            switch rule.scope {
            case .insats:
                for s in answers {
                    for i in data.svarInfo[s].counting {
                        c.focus(insats: i)
                        guard rule.applies(c) else { continue }
                        evaluated += 1
                        guard rule.condition(c).bool else { continue }
                        flagged += 1
                        let insats = data.insatser[i]
                        // The cell of the field the finding is about, when there is one.
                        var location = insats.location
                        if let column = rule.involvedField(c)?.svarColumn {
                            location = fieldLocation?(i, column) ?? insats.location(ofColumn: column)
                        }
                        p.findings.append(
                            rule.finding(
                                c, enkat: insats.enkat, respondent: insats.respondent, insatsNr: insats.insatsNr,
                                location: location))
                        switch rule.atgard {
                        case .uteslut: if p.rensning.uteslutna[i] == nil { p.rensning.uteslutna[i] = rule.id }
                        case .stryk: if p.rensning.strukna[i] == nil { p.rensning.strukna[i] = rule.id }
                        case .uteslutSvar:
                            if p.rensning.uteslutnaSvar[insats.key] == nil { p.rensning.uteslutnaSvar[insats.key] = rule.id }
                        case nil: break
                        }
                    }
                }
            case .svar:
                for s in answers {
                    let info = data.svarInfo[s]
                    c.insats = -1
                    c.svar = s
                    c.group = info.group
                    guard rule.applies(c) else { continue }
                    evaluated += 1
                    guard rule.condition(c).bool else { continue }
                    flagged += 1
                    p.findings.append(
                        rule.finding(
                            c, enkat: info.key.enkat, respondent: info.key.respondent, insatsNr: nil,
                            location: info.location))
                    if rule.atgard == .uteslutSvar && p.rensning.uteslutnaSvar[info.key] == nil {
                        p.rensning.uteslutnaSvar[info.key] = rule.id
                    }
                }
            case .enkat, .omgang:
                continue
            }
            p.counts[r] = (evaluated, flagged)
        }
        return p
    }

    /// One enkät or omgång rule over every enkät (or the round once); returns its counts.
    static func evaluateGroups(
        _ rule: CompiledRule, _ data: RoundData, roundLocation: SourceLocation?, into findings: inout [Finding]
    ) -> (evaluated: Int, flagged: Int) {
        let c = EvalContext(data: data, slots: rule.slots)
        var evaluated = 0
        var flagged = 0
        switch rule.scope {
        case .enkat:
            for g in data.enkatGroups.indices {
                guard let enkat = data.enkatGroups[g].enkat else { continue }
                c.insats = -1
                c.svar = -1
                c.group = g
                guard rule.applies(c) else { continue }
                evaluated += 1
                guard rule.condition(c).bool else { continue }
                flagged += 1
                findings.append(
                    rule.finding(c, enkat: enkat.id, respondent: nil, insatsNr: nil, location: enkat.location))
            }
        case .omgang:
            c.insats = -1
            c.svar = -1
            c.group = -1
            if rule.applies(c) {
                evaluated += 1
                if rule.condition(c).bool {
                    flagged += 1
                    findings.append(
                        rule.finding(c, enkat: nil, respondent: nil, insatsNr: nil, location: roundLocation))
                }
            }
        case .insats, .svar:
            break
        }
        return (evaluated, flagged)
    }
}
