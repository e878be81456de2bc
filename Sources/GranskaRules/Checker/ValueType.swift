import GranskaCore

/// The types of the rule language. Every expression has one, fixed when the rule is checked.
public enum ValueType: String, Sendable, Hashable, CaseIterable {
    /// Whole kronor, signed (`Kronor`).
    case belopp
    /// A whole number: a count, a year, a number of days.
    case heltal
    case text
    /// A calendar date.
    case datum
    /// A date and time to the minute (`inskickad`).
    case tidpunkt
    /// `sant` or `falskt`.
    case sanning

    /// The type with an article, for messages: "ett belopp", "en text".
    var withArticle: String {
        switch self {
        case .belopp: "ett belopp"
        case .heltal: "ett heltal"
        case .text: "en text"
        case .datum: "ett datum"
        case .tidpunkt: "en tidpunkt"
        case .sanning: "ett sanningsvärde (sant/falskt)"
        }
    }

    /// `belopp` and `heltal`: stored as whole numbers, comparable with each other.
    var isNumber: Bool { self == .belopp || self == .heltal }

    /// True when values of the two types can be compared with `=` and `!=`.
    func isComparable(with other: ValueType) -> Bool {
        (isNumber && other.isNumber) || self == other
    }
}

/// What a rule is about, and so what it is evaluated for: each insats of a counting submission,
/// each answer (enkät × respondent), each enkät, or the round once.
public enum RuleScope: String, Sendable, Hashable, CaseIterable, Comparable {
    case insats
    case svar
    case enkat
    case omgang

    /// The Swedish spelling: `insats`, `svar`, `enkät`, `omgång`.
    public var display: String {
        switch self {
        case .insats: "insats"
        case .svar: "svar"
        case .enkat: "enkät"
        case .omgang: "omgång"
        }
    }

    var rank: Int {
        switch self {
        case .insats: 0
        case .svar: 1
        case .enkat: 2
        case .omgang: 3
        }
    }

    public static func < (a: RuleScope, b: RuleScope) -> Bool { a.rank < b.rank }

    /// Reads a folded word (`enkat`, `omgang`; `enkät` folds to `enkat`).
    init?(folded: String) {
        self.init(rawValue: folded)
    }

    /// The group aggregates range over by default in a rule of this scope: the answer's
    /// counting submission for insats and svar rules, the enkät, or the whole round.
    var defaultGroup: RuleScope { self == .insats ? .svar : self }
}

extension Atgard {
    /// The scopes a rule with this action may have: `uteslut` and `stryk` act on one insats,
    /// `uteslut_svar` on an answer (from an insats rule: the insats's answer).
    var allowedScopes: [RuleScope] {
        switch self {
        case .uteslut, .stryk: [.insats]
        case .uteslutSvar: [.insats, .svar]
        }
    }
}
