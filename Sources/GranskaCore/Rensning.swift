/// What a rule does to what it flags, beyond reporting it.
///
/// Cleaning policy lives in the rule files: a statistician decides there whether, say, late
/// answers are kept. The three actions differ in what still counts as reported money:
public enum Atgard: String, Sendable, Hashable, Codable, CaseIterable {
    /// The insats is left out of the analysis and of the reweighting, but its amount still counts
    /// in S, since the respondent did report the money (an incomplete insats).
    case uteslut
    /// The insats is removed: it counts nowhere, not even in S (a duplicate: entered twice).
    case stryk
    /// The respondent's whole answer to the enkät is left out of the analysis and reweighting
    /// (it still counts as a response, since the unit did answer, and its amounts still count in
    /// S when the answer is reconciled).
    case uteslutSvar = "uteslut_svar"
}

/// The outcome of cleaning: which insatser and answers the rules set aside, and by which rule.
///
/// Indices are into ``Omgang/insatser``. An insats can be both excluded and removed; removal wins.
public struct Rensning: Sendable, Hashable {
    /// Excluded from analysis and reweighting; amount still in S. Value: the rule id.
    public var uteslutna: [Int: String] = [:]
    /// Removed entirely (not in S). Value: the rule id.
    public var strukna: [Int: String] = [:]
    /// Answers left out of analysis and reweighting. Value: the rule id.
    public var uteslutnaSvar: [SvarKey: String] = [:]

    public init() {}

    /// True when the insats counts in S: not removed (a duplicate). An answer set aside by a rule
    /// (say, a late one) is still reconciled — its amounts count in S, the respondent did report
    /// the money — but it is not reweighted.
    public func countsInS(_ index: Int, key: SvarKey) -> Bool {
        strukna[index] == nil
    }

    /// True when the insats is usable for analysis and reweighting (apart from having an amount).
    public func isUsable(_ index: Int, key: SvarKey) -> Bool {
        strukna[index] == nil && uteslutna[index] == nil && uteslutnaSvar[key] == nil
    }
}
