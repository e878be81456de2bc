import GranskaCore

/// The tolerances and the reweighting level of the funds reconciliation.
///
/// `contractDefaults` are the data contract's values: 500 kronor per amount for amounts typed in
/// thousands, rounding steps of 100 000, 10 000 and 1 000 kronor, and one justeringsfaktor J per
/// respondent and enkät. A user can change each (the CLI's options; `docs/avstamning.md`).
public struct ReconciliationSettings: Hashable, Sendable {
    /// Where the justeringsfaktor J = T / S is taken.
    public enum Level: String, Hashable, Sendable, CaseIterable {
        /// One J per (enkät, respondent): each respondent's own T. The contract's default.
        case perRespondent = "per_respondent"
        /// One J per enkät over all its respondents (Σ T over Σ S): reproduces aggregate figures,
        /// but lets one respondent's money move to another.
        case perEnkat = "per_enkat"

        /// A short Swedish description for reports.
        public var beskrivning: String {
            switch self {
            case .perRespondent: "en justeringsfaktor per svarande och enkät"
            case .perEnkat: "en justeringsfaktor per enkät"
            }
        }
    }

    /// Whole kronor allowed per amount when testing for amounts typed in thousands (klass
    /// `tusental`): |1000·S − T| ≤ tolerance·n for all amounts, |S + 999·x − T| ≤ tolerance for one.
    /// Never negative.
    public var tusentalTolerans: Kronor
    /// The rounding steps in whole kronor (klass `avrundning`); the largest step that divides every
    /// amount is used. Only positive steps count; order does not matter.
    public var avrundningSteg: [Kronor]
    /// Where J is taken.
    public var level: Level

    public init(tusentalTolerans: Kronor = 500, avrundningSteg: [Kronor] = [100_000, 10_000, 1_000],
                level: Level = .perRespondent) {
        self.tusentalTolerans = max(0, tusentalTolerans)
        self.avrundningSteg = avrundningSteg
        self.level = level
    }

    /// The data contract's defaults: 500 kr per amount, steps 100 000 / 10 000 / 1 000 kr, per respondent.
    public static let contractDefaults = ReconciliationSettings()

    /// The positive steps, largest first, without repeats: the ones the classification uses.
    public var stepsDescending: [Kronor] { Self.descending(avrundningSteg) }

    /// `steps` as the classification uses them: the positive ones, largest first, each once.
    public static func descending(_ steps: [Kronor]) -> [Kronor] {
        Array(Set(steps.filter { $0 > 0 })).sorted(by: >)
    }
}
