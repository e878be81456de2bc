import GranskaCore

/// A chart of the declaration: its data, title, axis labels and a text alternative that says
/// what the chart shows in words (for screen readers, the Markdown version and a printout).
public struct DeclarationChart: Sendable, Hashable {
    /// The name templates place it by: `{{diagram svar_per_lan}}`.
    public var name: String
    public var title: String
    public var xLabel: String
    public var yLabel: String
    /// The text alternative, one or two sentences, numbers included.
    public var description: String
    public var data: ChartData

    /// The charts every declaration has, by name.
    public static let names: Set<String> = ["svar_per_lan", "s_mot_t", "j_fordelning"]
}

/// What a chart draws.
public enum ChartData: Sendable, Hashable {
    /// Per län: units that answered and units that did not.
    case responseByLan([LanBar])
    /// Per respondent: T (x) against S (y), whole kronor.
    case reportedVsTarget([ScatterPoint])
    /// Per respondent with a J: its value.
    case jDistribution([JValue])
}

public struct LanBar: Sendable, Hashable {
    public var kod: String
    public var namn: String
    public var answered: Int
    public var notAnswered: Int
}

public struct ScatterPoint: Sendable, Hashable {
    public var kod: String
    public var namn: String
    /// Reported, S, whole kronor.
    public var reported: Kronor
    /// Requisitioned minus repaid, T, whole kronor.
    public var target: Kronor
}

public struct JValue: Sendable, Hashable {
    public var kod: String
    public var namn: String
    public var j: Fraction
}
