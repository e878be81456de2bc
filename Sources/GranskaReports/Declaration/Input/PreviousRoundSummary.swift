import GranskaCore

/// The same enkät's headline figures in an earlier round, for the comparability section.
///
/// It can be filled by hand, by running the earlier round, or from the earlier round's
/// `kvalitetsdeklaration-<enkät>.json` (``PreviousRoundSummary/init(declarationJSON:file:)``).
public struct PreviousRoundSummary: Sendable, Hashable {
    /// How the declaration names the earlier round, e.g. `omgång 2023`.
    public var label: String
    /// The year the earlier answers refer to.
    public var referensar: Int?
    public var registerPopulation: Int
    public var surveyPopulation: Int
    /// Respondents (in time or late).
    public var answered: Int
    /// The unweighted unit response rate.
    public var unweighted: Fraction?
    /// The response rate weighted by fördelade medel.
    public var byFordelat: Fraction?
    /// Σ T and Σ S, whole kronor, when the earlier round was reconciled.
    public var targetTotal: Kronor?
    public var reportedTotal: Kronor?
    /// Insatser read.
    public var insatser: Int?

    public init(
        label: String, referensar: Int?, registerPopulation: Int, surveyPopulation: Int, answered: Int,
        unweighted: Fraction?, byFordelat: Fraction?, targetTotal: Kronor?, reportedTotal: Kronor?, insatser: Int?
    ) {
        self.label = label
        self.referensar = referensar
        self.registerPopulation = registerPopulation
        self.surveyPopulation = surveyPopulation
        self.answered = answered
        self.unweighted = unweighted
        self.byFordelat = byFordelat
        self.targetTotal = targetTotal
        self.reportedTotal = reportedTotal
        self.insatser = insatser
    }
}
