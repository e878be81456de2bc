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
    ///     `omgang.insatser`, `svar.csv` column name), when the reader knows; findings about an
    ///     insats then point at the column of the field involved. Without it, at the record.
    /// - Returns: Findings, what was set aside, the answers, and per-rule statistics.
    /// - Complexity: O(n log n) to group the answers, then O(n) evaluations per rule for n
    ///   insatser (each aggregate group is computed once).
    public static func run(
        _ rules: RuleSet, on omgang: Omgang,
        fieldLocation: (@Sendable (Int, String) -> SourceLocation?)? = nil
    ) -> RuleOutcome {
        let svar = omgang.svar()
        let data = RoundData(omgang: omgang, svar: svar)
        var findings: [Finding] = []
        var rensning = Rensning()
        var stats: [RuleStats] = []
        let roundLocation = omgang.enkater.first.map { SourceLocation(file: $0.location.file, line: 1) }

        for rule in rules.rules {
            let c = EvalContext(data: data, slots: rule.slots)
            var evaluated = 0
            var flagged = 0

            func applies() -> Bool {
                guard let pre = rule.precondition else { return true }
                return pre(c).bool
            }

            switch rule.scope {
            case .insats:
                for s in data.svarInfo.indices {
                    for i in data.svarInfo[s].counting {
                        c.focus(insats: i)
                        guard applies() else { continue }
                        evaluated += 1
                        guard rule.condition(c).bool else { continue }
                        flagged += 1
                        let insats = data.insatser[i]
                        var location = insats.location
                        if let fieldLocation, let column = rule.involvedField(c)?.svarColumn,
                            let l = fieldLocation(i, column)
                        {
                            location = l
                        }
                        findings.append(
                            Finding(
                                regel: rule.id, feltyp: rule.feltyp, allvarlighet: rule.allvarlighet,
                                enkat: insats.enkat, respondent: insats.respondent, insatsNr: insats.insatsNr,
                                location: location, meddelande: rule.render(c)))
                        switch rule.atgard {
                        case .uteslut: if rensning.uteslutna[i] == nil { rensning.uteslutna[i] = rule.id }
                        case .stryk: if rensning.strukna[i] == nil { rensning.strukna[i] = rule.id }
                        case .uteslutSvar:
                            if rensning.uteslutnaSvar[insats.key] == nil { rensning.uteslutnaSvar[insats.key] = rule.id }
                        case nil: break
                        }
                    }
                }
            case .svar:
                for s in data.svarInfo.indices {
                    let info = data.svarInfo[s]
                    c.insats = -1
                    c.svar = s
                    c.group = info.group
                    guard applies() else { continue }
                    evaluated += 1
                    guard rule.condition(c).bool else { continue }
                    flagged += 1
                    findings.append(
                        Finding(
                            regel: rule.id, feltyp: rule.feltyp, allvarlighet: rule.allvarlighet,
                            enkat: info.key.enkat, respondent: info.key.respondent, insatsNr: nil,
                            location: info.location, meddelande: rule.render(c)))
                    if rule.atgard == .uteslutSvar && rensning.uteslutnaSvar[info.key] == nil {
                        rensning.uteslutnaSvar[info.key] = rule.id
                    }
                }
            case .enkat:
                for g in data.enkatGroups.indices {
                    guard let enkat = data.enkatGroups[g].enkat else { continue }
                    c.insats = -1
                    c.svar = -1
                    c.group = g
                    guard applies() else { continue }
                    evaluated += 1
                    guard rule.condition(c).bool else { continue }
                    flagged += 1
                    findings.append(
                        Finding(
                            regel: rule.id, feltyp: rule.feltyp, allvarlighet: rule.allvarlighet, enkat: enkat.id,
                            respondent: nil, insatsNr: nil, location: enkat.location, meddelande: rule.render(c)))
                }
            case .omgang:
                c.insats = -1
                c.svar = -1
                c.group = -1
                if applies() {
                    evaluated += 1
                    if rule.condition(c).bool {
                        flagged += 1
                        findings.append(
                            Finding(
                                regel: rule.id, feltyp: rule.feltyp, allvarlighet: rule.allvarlighet, enkat: nil,
                                respondent: nil, insatsNr: nil, location: roundLocation, meddelande: rule.render(c)))
                    }
                }
            }
            stats.append(
                RuleStats(
                    id: rule.id, feltyp: rule.feltyp, allvarlighet: rule.allvarlighet, scope: rule.scope,
                    file: rule.location.file, line: rule.location.line, evaluated: evaluated, flagged: flagged))
        }
        return RuleOutcome(findings: findings.sortedStable(), rensning: rensning, svar: svar, ruleStats: stats)
    }
}
