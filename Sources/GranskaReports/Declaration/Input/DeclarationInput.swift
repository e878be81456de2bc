import GranskaCore

/// Everything one kvalitetsdeklaration states, as plain values: what the checks, the
/// reconciliation and the response-rate computation found for one enkät, plus the facts from
/// `deklaration.txt`.
///
/// The type deliberately depends on no other granska stage, so the declaration can be written,
/// tested and read on its own; an adapter fills it from the stages' results. Counts are numbers
/// of units (kommuner, regioner or län) unless a field says insatser; money is whole kronor.
public struct DeclarationInput: Sendable, Hashable {
    /// The enkät's row of `omgang.csv`: id, population type, area, reference year, dates, reminders.
    public var enkat: Enkat
    /// Units of the enkät's population type in the register (290 kommuner, 21 regioner or län).
    public var registerPopulation: Int
    /// Units of the register population with `rekvirerat > 0` for the enkät (the survey population).
    public var surveyPopulation: Int
    /// Who answered, when, and who did not.
    public var svar: ResponseCounts
    /// Unit response rates, unweighted and weighted.
    public var rates: DeclarationRates
    /// The units of the rate's base population that did not answer.
    public var nonResponding: [UnitRow]
    /// Response per län (for a kommun enkät: the kommuner of each län; otherwise one unit each).
    public var byLan: [LanRow]
    /// Response per size class of kommun by folkmängd, smallest class first (kommun enkäter only;
    /// empty for region and län enkäter).
    public var bySize: [SizeClassRow]
    /// Item response per field of the insats (how many insatser filled it in).
    public var itemRates: [FieldResponse]
    /// How many findings the rules and the reconciliation made, per feltyp and allvarlighet.
    public var findings: [FindingCount]
    /// What cleaning changed, from the audit trail.
    public var cleaning: CleaningCounts
    /// The funds reconciliation; `nil` when it was not run.
    public var reconciliation: ReconciliationSummary?
    /// One point per respondent for the charts: S, T and J.
    public var points: [RespondentPoint]
    /// The facts from `deklaration.txt` that hold for this enkät (see ``DeclarationMetadata/values(for:)``).
    public var metadata: [MetadataKey: String]
    /// The same enkät's figures in an earlier round, when one was given (`--previous`).
    public var previous: PreviousRoundSummary?
    /// The generation date or time to print, e.g. `2025-05-02`; `nil` prints none, so the
    /// output is reproducible byte for byte.
    public var generatedAt: String?

    public init(
        enkat: Enkat, registerPopulation: Int, surveyPopulation: Int, svar: ResponseCounts, rates: DeclarationRates,
        nonResponding: [UnitRow], byLan: [LanRow], bySize: [SizeClassRow], itemRates: [FieldResponse],
        findings: [FindingCount],
        cleaning: CleaningCounts, reconciliation: ReconciliationSummary?, points: [RespondentPoint],
        metadata: [MetadataKey: String], previous: PreviousRoundSummary? = nil, generatedAt: String? = nil
    ) {
        self.enkat = enkat
        self.registerPopulation = registerPopulation
        self.surveyPopulation = surveyPopulation
        self.svar = svar
        self.rates = rates
        self.nonResponding = nonResponding
        self.byLan = byLan
        self.bySize = bySize
        self.itemRates = itemRates
        self.findings = findings
        self.cleaning = cleaning
        self.reconciliation = reconciliation
        self.points = points
        self.metadata = metadata
        self.previous = previous
        self.generatedAt = generatedAt
    }
}

/// Who answered an enkät. All counts are units.
public struct ResponseCounts: Sendable, Hashable {
    /// Respondents whose counting submission came on or before `sista_svarsdag`.
    public var answeredInTime: Int
    /// Respondents whose counting submission came after `sista_svarsdag` (`sen`); still respondents.
    public var answeredLate: Int
    /// Respondents among ``answeredInTime`` whose submission time could not be read, so whether
    /// they came late is unknown; they are counted as in time.
    public var withoutTimestamp: Int
    /// Respondents (in time or late) none of whose insatser is usable: every one was set aside.
    /// A subset of the respondents, not a further group.
    public var withoutUsableInsats: Int
    /// Units of the rate's base population without a counting submission.
    public var notAnswered: Int
    /// Units of the register population outside the survey population that answered anyway.
    public var ejRekvirerat: Int
    /// Respondent codes outside the register population (`okand_respondent`).
    public var okanda: Int

    public init(
        answeredInTime: Int, answeredLate: Int, withoutTimestamp: Int, withoutUsableInsats: Int, notAnswered: Int,
        ejRekvirerat: Int, okanda: Int
    ) {
        self.answeredInTime = answeredInTime
        self.answeredLate = answeredLate
        self.withoutTimestamp = withoutTimestamp
        self.withoutUsableInsats = withoutUsableInsats
        self.notAnswered = notAnswered
        self.ejRekvirerat = ejRekvirerat
        self.okanda = okanda
    }

    /// Respondents: in time plus late.
    public var answered: Int { answeredInTime + answeredLate }
}

/// The population a response rate divides by.
public enum RateBase: String, Sendable, Hashable, CaseIterable {
    /// The survey population (units with `rekvirerat > 0`), the default.
    case undersokningspopulation
    /// The whole register population.
    case registerpopulation

    /// The noun phrase used in the declaration, definite form.
    public var benamning: String {
        switch self {
        case .undersokningspopulation: "undersökningspopulationen"
        case .registerpopulation: "registerpopulationen"
        }
    }
}

/// Unit response rates as exact fractions; `nil` where the base is empty (or, for the weighted
/// ones, where the weights cannot form a share).
public struct DeclarationRates: Sendable, Hashable {
    /// Respondents / units of the base population (AAPOR RR2).
    public var unweighted: Fraction?
    /// Respondents with at least one usable insats / units of the base population (AAPOR RR1).
    public var usable: Fraction?
    /// Respondents' folkmängd / the base population's folkmängd.
    public var byFolkmangd: Fraction?
    /// Respondents' fördelade medel / the base population's, in whole kronor.
    public var byFordelat: Fraction?
    /// Non-respondents' folkmängd / the base population's folkmängd (persons).
    public var nonResponseByFolkmangd: Fraction?
    /// Non-respondents' fördelade medel / the base population's, in whole kronor.
    public var nonResponseByFordelat: Fraction?
    public var base: RateBase

    public init(
        unweighted: Fraction?, usable: Fraction?, byFolkmangd: Fraction?, byFordelat: Fraction?,
        nonResponseByFolkmangd: Fraction?, nonResponseByFordelat: Fraction?, base: RateBase = .undersokningspopulation
    ) {
        self.unweighted = unweighted
        self.usable = usable
        self.byFolkmangd = byFolkmangd
        self.byFordelat = byFordelat
        self.nonResponseByFolkmangd = nonResponseByFolkmangd
        self.nonResponseByFordelat = nonResponseByFordelat
        self.base = base
    }
}

/// One unit (a non-respondent): code, name, the län it lies in, folkmängd.
public struct UnitRow: Sendable, Hashable {
    public var kod: String
    public var namn: String
    /// The name of the län the unit lies in.
    public var lan: String
    public var folkmangd: Int

    public init(kod: String, namn: String, lan: String, folkmangd: Int) {
        self.kod = kod
        self.namn = namn
        self.lan = lan
        self.folkmangd = folkmangd
    }
}

/// Response within one group of the base population — a län, or a size class of kommun: how
/// many units of the base population it has and how many of them answered.
public struct GroupResponseRow: Sendable, Hashable {
    /// The group's code: a länskod (two digits) or a size class's stable id (`under_10000`).
    public var kod: String
    /// The group's name: the län's, or the size class's (`10 000–24 999 invånare`).
    public var namn: String
    /// Units of the base population in the group.
    public var units: Int
    /// Of those, respondents (in time or late).
    public var answered: Int

    public init(kod: String, namn: String, units: Int, answered: Int) {
        self.kod = kod
        self.namn = namn
        self.units = units
        self.answered = answered
    }
}

/// Response within one län.
public typealias LanRow = GroupResponseRow

/// Response within one size class of kommun.
public typealias SizeClassRow = GroupResponseRow

/// Item response for one field: of `base` insatser, `answered` have it filled in.
public struct FieldResponse: Sendable, Hashable {
    /// The field's column name, e.g. `mal`, `effekter`.
    public var field: String
    public var answered: Int
    /// The insatser the rate is computed over.
    public var base: Int

    public init(field: String, answered: Int, base: Int) {
        self.field = field
        self.answered = answered
        self.base = base
    }
}

/// How many findings of one feltyp and allvarlighet the enkät got.
public struct FindingCount: Sendable, Hashable {
    /// The contract's feltyp (`ofullstandig`, …); `nil` for findings without one.
    public var feltyp: String?
    public var allvarlighet: Allvarlighet
    public var count: Int

    public init(feltyp: String?, allvarlighet: Allvarlighet, count: Int) {
        self.feltyp = feltyp
        self.allvarlighet = allvarlighet
        self.count = count
    }
}

/// What cleaning changed for the enkät, from the audit trail. Counts are insatser unless named.
public struct CleaningCounts: Sendable, Hashable {
    /// Insatser read from `svar.csv` for the enkät.
    public var insatserRead: Int
    /// Insatser the rules set aside from analysis and reweighting (`uteslut`; in the standard rules
    /// the incomplete ones, `ofullstandig`); their amounts still count in S.
    public var setAsideIncomplete: Int
    /// Insatser removed as duplicates (`dubblett`); they count nowhere.
    public var duplicatesRemoved: Int
    /// Submissions (not insatser) superseded by a later one from the same respondent.
    public var supersededSubmissions: Int
    /// Amounts read from text (`1 250 tkr`, `1 250 000 kr`).
    public var amountsFromText: Int
    /// Amounts that could not be read.
    public var unreadableAmounts: Int
    /// Negative amounts counted as positive (sign errors).
    public var signCorrections: Int
    /// Amounts multiplied by 1 000 (typed in thousands of kronor).
    public var thousandsCorrections: Int

    public init(
        insatserRead: Int, setAsideIncomplete: Int, duplicatesRemoved: Int, supersededSubmissions: Int,
        amountsFromText: Int, unreadableAmounts: Int, signCorrections: Int, thousandsCorrections: Int
    ) {
        self.insatserRead = insatserRead
        self.setAsideIncomplete = setAsideIncomplete
        self.duplicatesRemoved = duplicatesRemoved
        self.supersededSubmissions = supersededSubmissions
        self.amountsFromText = amountsFromText
        self.unreadableAmounts = unreadableAmounts
        self.signCorrections = signCorrections
        self.thousandsCorrections = thousandsCorrections
    }
}

/// The funds reconciliation of one enkät, summed.
public struct ReconciliationSummary: Sendable, Hashable {
    /// Respondents per klass (`exakt`, `avrundning`, `tusental`, `overrapportering`,
    /// `underrapportering`, `ej_rekvirerat`).
    public var classCounts: [String: Int]
    /// Σ T = Σ (rekvirerat − återbetalt) over the respondents, whole kronor.
    public var targetTotal: Kronor
    /// Σ S, the amounts reported, whole kronor.
    public var reportedTotal: Kronor
    /// Σ of the reweighted amounts, whole kronor (equals Σ T over the reweighted respondents).
    public var weightedTotal: Kronor
    /// The smallest, median and largest J = T / S_usable over the respondents with one.
    public var jMin: Fraction?
    public var jMedian: Fraction?
    public var jMax: Fraction?
    /// The level J was computed at, as a Swedish noun, e.g. `respondent`.
    public var level: String
    /// The thousands tolerance used, whole kronor per amount: how close 1 000 × S (or S with one
    /// amount × 1 000) must come to T for the answer to count as typed in thousands (klass `tusental`).
    public var thousandsTolerance: Kronor
    /// The rounding steps used, whole kronor (klass `avrundning`). The declaration prints the
    /// positive ones, largest first, each once.
    public var roundingSteps: [Kronor]

    public init(
        classCounts: [String: Int], targetTotal: Kronor, reportedTotal: Kronor, weightedTotal: Kronor,
        jMin: Fraction?, jMedian: Fraction?, jMax: Fraction?, level: String, thousandsTolerance: Kronor,
        roundingSteps: [Kronor]
    ) {
        self.classCounts = classCounts
        self.targetTotal = targetTotal
        self.reportedTotal = reportedTotal
        self.weightedTotal = weightedTotal
        self.jMin = jMin
        self.jMedian = jMedian
        self.jMax = jMax
        self.level = level
        self.thousandsTolerance = thousandsTolerance
        self.roundingSteps = roundingSteps
    }
}

/// One respondent in the charts: reported S, target T and J = T / S_usable (whole kronor).
public struct RespondentPoint: Sendable, Hashable {
    public var kod: String
    public var namn: String
    public var reported: Kronor
    public var target: Kronor
    /// `nil` when the respondent has no usable amount (S_usable = 0).
    public var j: Fraction?

    public init(kod: String, namn: String, reported: Kronor, target: Kronor, j: Fraction?) {
        self.kod = kod
        self.namn = namn
        self.reported = reported
        self.target = target
        self.j = j
    }
}
