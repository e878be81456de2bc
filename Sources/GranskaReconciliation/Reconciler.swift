import GranskaCore

/// The funds reconciliation: for every answer of a registered unit, S against T, one klass, the
/// reweighted amounts, the findings and the audit trail.
///
/// Per (enkät, respondent), over its counting submission (the latest):
/// - **T** = rekvirerat − återbetalt from Kammarkollegiet's rekvisition;
/// - **S** = the sum of the readable amounts, duplicates (`Rensning.strukna`) set aside, sign
///   errors made positive; amounts of incomplete insatser (`Rensning.uteslutna`) still count,
///   and so do those of an answer the rules set aside (`Rensning.uteslutnaSvar`): the respondent
///   did report that money. Such an answer is classified but not reweighted.
/// - the **klass** by the contract's ordered rules (``FundsClassifier``; `ej_rekvirerat` first,
///   for a unit outside the survey population);
/// - a `tusental` correction (× 1 000) of all amounts or of the one named, then the
///   **reweighting** (``Reweighter``) at the level the settings name.
///
/// Findings: one per answer whose klass is not `exakt`, with the klass as `feltyp` and rule ids
/// `avst.<klass>`. **No finding for `ej_rekvirerat`**: the rules engine already reports it
/// (`std.ej_rekvirerat`); the klass is still given in the ``Avstamning``.
///
/// Unknown respondents (not in the register population of the enkät, or an enkät missing from
/// `omgang.csv`) are not reconciled; the audit trail records that their rows are left out.
public enum Reconciler {
    /// Reconciles the round.
    ///
    /// - Parameters:
    ///   - omgang: The round as read.
    ///   - svar: The answers, normally the rules engine's grouping (``Omgang/svar()``).
    ///   - rensning: What the rules set aside.
    ///   - settings: Tolerances, steps and level; the contract's by default.
    /// - Complexity: O(n log n) in the number of insatser.
    public static func reconcile(
        _ omgang: Omgang, svar: [Svar], rensning: Rensning, settings: ReconciliationSettings = .contractDefaults
    ) -> Reconciliation {
        reconcile(omgang, svar: svar, rensning: rensning, settings: settings, answersPerChunk: answersPerChunk)
    }

    /// ``reconcile(_:svar:rensning:settings:)`` with ranges of `answersPerChunk` answers (tests
    /// check that the result does not depend on it).
    static func reconcile(
        _ omgang: Omgang, svar: [Svar], rensning: Rensning, settings: ReconciliationSettings, answersPerChunk: Int
    ) -> Reconciliation {
        // Each answer is reconciled on its own (and, at the contract's default level, reweighted
        // with its own T): contiguous ranges of answers go to separate cores and are joined in
        // answer order.
        let perRespondent = settings.level == .perRespondent
        let n = svar.count
        let ranges = Parallel.ranges(count: n, perChunk: answersPerChunk)
        let parts = Parallel.map(ranges.indices) { chunk -> (drafts: [Draft], findings: [Finding]) in
            var drafts: [Draft] = []
            var findings: [Finding] = []
            for i in ranges[chunk] where omgang.isInRegister(svar[i].key) {
                guard let draft = draft(svar[i], index: i, omgang: omgang, rensning: rensning, settings: settings) else {
                    continue
                }
                if draft.sOverflow {
                    findings.append(ReconciliationFindings.overflow(
                        enkat: draft.avstamning.enkat, respondent: draft.avstamning.respondent,
                        location: draft.avstamning.location, vad: "Summan S av svarets belopp"))
                }
                drafts.append(draft)
            }
            if perRespondent { Reweighter.perRespondent(&drafts) }
            return (drafts, findings)
        }
        var drafts: [Draft] = []
        drafts.reserveCapacity(n)
        var findings: [Finding] = []
        for part in parts {
            drafts += part.drafts
            findings += part.findings
        }
        if !perRespondent { Reweighter.perEnkat(&drafts) }

        let avstamningar = drafts.map(\.avstamning)
        findings += avstamningar.compactMap(ReconciliationFindings.finding(for:))
        let (summary, summaryFindings) = Summary.make(omgang: omgang, avstamningar: avstamningar, level: settings.level)
        findings += summaryFindings
        // The trail is built when first read, from the reconciled answers and two small arrays
        // (not from the drafts, which would keep a second copy of every answer alive).
        let svarIndex = drafts.map(\.svarIndex)
        let svarRegel = drafts.map(\.svarRegel)
        let audit: @Sendable () -> AuditTrail = {
            AuditBuilder.build(
                omgang: omgang, svar: svar, avstamningar: avstamningar, svarIndex: svarIndex, svarRegel: svarRegel,
                rensning: rensning, level: settings.level)
        }
        return Reconciliation(
            settings: settings, avstamningar: avstamningar, findings: findings.sortedStable(), audit: audit,
            sammanfattning: summary)
    }

    /// Answers per range below which one core reconciles them all.
    static let answersPerChunk = 4096

    /// The reconciliation of one answer of a registered unit, before reweighting; `nil` when its
    /// counting submission has no rows (which ``Omgang/svar()`` never produces).
    static func draft(
        _ answer: Svar, index: Int, omgang: Omgang, rensning: Rensning, settings: ReconciliationSettings
    ) -> Draft? {
        let key = answer.key
        let rows = answer.raknande.insatser.filter { omgang.insatser.indices.contains($0) }
        guard let location = rows.lazy.map({ omgang.insatser[$0].location }).min() else { return nil }

        // The rows that count (duplicates left out), with the amounts as read, sign-corrected.
        var insatser: [AvstamdInsats] = []
        insatser.reserveCapacity(rows.count)
        var amounts: [Kronor] = []
        var amountPosition: [Int] = []
        for row in rows where rensning.strukna[row] == nil {
            let insats = omgang.insatser[row]
            let medel = correctedAmount(insats.medelKronor)
            if let m = medel {
                amounts.append(m)
                amountPosition.append(insatser.count)
            }
            insatser.append(AvstamdInsats(
                insats: row, insatsNr: insats.insatsNr, medel: medel, korrigerat: medel, usable: false, viktat: nil,
                location: insats.location))
        }

        let rekvisition = omgang.rekvisition(key)
        let t = rekvisition.map { r in
            let (v, overflow) = r.rekvirerat.subtractingReportingOverflow(r.aterbetalt)
            return overflow ? (r.aterbetalt > 0 ? Kronor.min : Kronor.max) : v
        }
        let inPopulation = omgang.isInSurveyPopulation(key)
        let klassning: Klassificering =
            if inPopulation, let t {
                FundsClassifier.classify(amounts: amounts, target: t, settings: settings)
            } else {
                Klassificering(klass: .ejRekvirerat)
            }

        // The tusental correction, then which insatser are usable.
        var tusentalInsats: Int?
        var tusentalInsatsNr: Int?
        if klassning.klass == .tusental {
            let targets: [Int]
            if let i = klassning.tusentalIndex {
                let p = amountPosition[i]
                tusentalInsats = insatser[p].insats
                tusentalInsatsNr = insatser[p].insatsNr
                targets = [p]
            } else {
                targets = amountPosition
            }
            for p in targets {
                insatser[p].korrigerat = insatser[p].medel.flatMap { m in
                    let (v, overflow) = m.multipliedReportingOverflow(by: 1000)
                    return overflow ? nil : v
                }
            }
        }
        var sUsable = Wide.zero
        // Rensning.isUsable, with the answer's own entry looked up once.
        let answerUsable = rensning.uteslutnaSvar[key] == nil
        for p in insatser.indices {
            let row = insatser[p].insats
            let usable = klassning.klass != .ejRekvirerat && insatser[p].korrigerat != nil && answerUsable
                && rensning.strukna[row] == nil && rensning.uteslutna[row] == nil
            insatser[p].usable = usable
            if usable, let k = insatser[p].korrigerat { sUsable = sUsable + Wide(k) }
        }

        let s = Wide.sum(amounts)
        let avstamning = Avstamning(
            enkat: key.enkat, respondent: key.respondent, S: s.clampedInt64, T: t, n: amounts.count,
            klass: klassning.klass, tusentalInsatsNr: tusentalInsatsNr, tusentalInsats: tusentalInsats,
            steg: klassning.steg, sUsable: sUsable.clampedInt64, J: nil, ejViktadOrsak: nil, insatser: insatser,
            location: location)
        return Draft(
            avstamning: avstamning, svarRegel: rensning.uteslutnaSvar[key], sUsableWide: sUsable,
            sOverflow: s.int64 == nil, svarIndex: index)
    }

    /// An amount as it counts in S: whole kronor as read, a sign error made positive; `nil` when
    /// empty or unreadable (or so large that its magnitude does not fit, which no reader gives).
    static func correctedAmount(_ kronor: Kronor?) -> Kronor? {
        guard let k = kronor, k != .min else { return nil }
        return k < 0 ? -k : k
    }
}
