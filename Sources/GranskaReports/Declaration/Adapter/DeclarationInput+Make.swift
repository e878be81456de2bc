import GranskaCore
import GranskaMetrics
import GranskaReconciliation
import GranskaRules

extension DeclarationInput {
    /// The declaration inputs of a whole round, one per enkät in `omgang.csv` order, from the
    /// stages' results.
    ///
    /// - Parameters:
    ///   - omgang: the round as read.
    ///   - outcome: the rules' findings, what they set aside, and the answers they grouped.
    ///   - reconciliation: the funds reconciliation, or `nil` when it was not run (the declaration
    ///     then says so).
    ///   - rates: ``GranskaMetrics/ResponseRates/compute(_:svar:rensning:settings:)``'s result;
    ///     an enkät without an entry gets none of its figures and is left out.
    ///   - metadata: `deklaration.txt` as read; each enkät gets its section over the common values.
    ///   - previous: earlier rounds' summaries by enkät id (`--previous`).
    ///   - generatedAt: the date to print, or `nil` for none (reproducible output).
    /// - Complexity: O(n) in the insatser, findings, audit entries and answers of the round.
    public static func make(
        omgang: Omgang, outcome: RuleOutcome, reconciliation: Reconciliation?, rates: [Svarsfrekvens],
        metadata: DeclarationMetadata, previous: [String: PreviousRoundSummary] = [:], generatedAt: String? = nil
    ) -> [DeclarationInput] {
        let index = RoundIndex(omgang: omgang, outcome: outcome, reconciliation: reconciliation)
        let ratesByEnkat = Dictionary(rates.map { ($0.enkat, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        return omgang.enkater.compactMap { enkat in
            guard seen.insert(enkat.id).inserted, let r = ratesByEnkat[enkat.id] else { return nil }
            return make(
                enkat: enkat, omgang: omgang, index: index, reconciliation: reconciliation, rates: r,
                metadata: metadata.values(for: enkat.id), previous: previous[enkat.id], generatedAt: generatedAt)
        }
    }

    /// The declaration input of one enkät (see ``make(omgang:outcome:reconciliation:rates:metadata:previous:generatedAt:)``).
    static func make(
        enkat: Enkat, omgang: Omgang, index: RoundIndex, reconciliation: Reconciliation?, rates r: Svarsfrekvens,
        metadata: [MetadataKey: String], previous: PreviousRoundSummary?, generatedAt: String?
    ) -> DeclarationInput {
        let id = enkat.id
        let audit = index.audit[id] ?? [:]
        let cleaning = CleaningCounts(
            insatserRead: index.insatser[id] ?? 0,
            setAsideIncomplete: audit[.utesluten] ?? 0,
            duplicatesRemoved: audit[.struken] ?? 0,
            supersededSubmissions: index.supersededSubmissions[id] ?? 0,
            amountsFromText: audit[.lastFranText] ?? 0,
            unreadableAmounts: audit[.ejLasbart] ?? 0,
            signCorrections: audit[.teckenrattad] ?? 0,
            thousandsCorrections: audit[.tusentalsrattad] ?? 0)

        var summary: ReconciliationSummary?
        if let reconciliation, let s = reconciliation.sammanfattning(enkat: id) {
            summary = ReconciliationSummary(
                classCounts: Dictionary(uniqueKeysWithValues: s.antalPerKlass.map { ($0.key.rawValue, $0.value) }),
                targetTotal: s.summaT, reportedTotal: s.summaS, weightedTotal: s.summaViktat,
                jMin: s.jMin, jMedian: s.jMedian, jMax: s.jMax,
                level: s.level == .perEnkat ? "enkät" : "svarande",
                thousandsTolerance: reconciliation.settings.tusentalTolerans,
                roundingSteps: reconciliation.settings.avrundningSteg)
        }
        let points: [RespondentPoint] = (index.avstamningar[id] ?? []).compactMap { a in
            guard a.klass != .ejRekvirerat else { return nil }
            return RespondentPoint(
                kod: a.respondent,
                namn: omgang.register.displayName(enkat.population, kod: a.respondent) ?? a.respondent,
                reported: a.S, target: a.T ?? 0, j: a.J)
        }

        return DeclarationInput(
            enkat: enkat,
            registerPopulation: r.antalRegister,
            surveyPopulation: r.antalPopulation,
            svar: ResponseCounts(
                answeredInTime: r.iTid, answeredLate: r.sena, withoutTimestamp: r.utanTidpunkt,
                withoutUsableInsats: r.utanAnvandbarInsats, notAnswered: r.ejSvarat, ejRekvirerat: r.ejRekvirerat,
                okanda: r.okanda),
            rates: DeclarationRates(
                unweighted: r.andel, usable: r.svarsandelAnvandbar.andel, byFolkmangd: r.andelFolkmangd,
                byFordelat: r.andelFordelat, nonResponseByFolkmangd: r.bortfallAndelFolkmangd,
                nonResponseByFordelat: r.bortfallAndelFordelat,
                base: r.denominator == .registerpopulation ? .registerpopulation : .undersokningspopulation),
            nonResponding: r.bortfall.map {
                UnitRow(kod: $0.kod, namn: $0.namn, lan: $0.lanNamn, folkmangd: Int(clamping: $0.folkmangd))
            },
            byLan: r.perLan.map { LanRow(kod: $0.kod, namn: $0.namn, units: $0.antalBas, answered: $0.antalSvarande) },
            bySize: r.perStorlek.map {
                SizeClassRow(kod: $0.kod, namn: $0.namn, units: $0.antalBas, answered: $0.antalSvarande)
            },
            itemRates: r.partiellt.map { FieldResponse(field: $0.falt, answered: $0.insatserBesvarade, base: $0.antalInsatser) },
            findings: (index.findings[id] ?? [:]).map { FindingCount(feltyp: $0.key.feltyp, allvarlighet: $0.key.allvarlighet, count: $0.value) }
                .sorted { ($0.feltyp ?? "", $0.allvarlighet.english) < ($1.feltyp ?? "", $1.allvarlighet.english) },
            cleaning: cleaning,
            reconciliation: summary,
            points: points,
            metadata: metadata,
            previous: previous,
            generatedAt: generatedAt)
    }
}

/// The round's stage results counted per enkät in one pass each, so building seven declarations
/// does not scan the round seven times.
struct RoundIndex {
    struct FindingKey: Hashable {
        var feltyp: String?
        var allvarlighet: Allvarlighet
    }

    /// Rows of `svar.csv` per enkät.
    var insatser: [String: Int] = [:]
    /// Submissions superseded by a later one, per enkät.
    var supersededSubmissions: [String: Int] = [:]
    /// Audit entries per enkät and action.
    var audit: [String: [AuditAtgard: Int]] = [:]
    /// Findings per enkät, feltyp and allvarlighet (reading notes, rules and reconciliation).
    var findings: [String: [FindingKey: Int]] = [:]
    /// The reconciliation's answers per enkät, in answer order.
    var avstamningar: [String: [Avstamning]] = [:]

    /// - Complexity: O(n) in the insatser, answers, findings and audit entries.
    init(omgang: Omgang, outcome: RuleOutcome, reconciliation: Reconciliation?) {
        for insats in omgang.insatser { insatser[insats.enkat, default: 0] += 1 }
        for s in outcome.svar where s.inskickningar.count > 1 {
            supersededSubmissions[s.key.enkat, default: 0] += s.inskickningar.count - 1
        }
        let all = omgang.notes + outcome.findings + (reconciliation?.findings ?? [])
        for f in all {
            guard let enkat = f.enkat else { continue }
            findings[enkat, default: [:]][FindingKey(feltyp: f.feltyp, allvarlighet: f.allvarlighet), default: 0] += 1
        }
        if let reconciliation {
            for e in reconciliation.audit.entries { audit[e.enkat, default: [:]][e.atgard, default: 0] += 1 }
            for a in reconciliation.avstamningar { avstamningar[a.enkat, default: []].append(a) }
        }
    }
}
