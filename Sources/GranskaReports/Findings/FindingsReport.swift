import GranskaCore

/// What one rule or check did in a run: the input of the per-rule reports (one JUnit test case,
/// one SARIF rule descriptor per entry).
///
/// The rule engine's own statistics map onto this; checks without statistics (the
/// reconciliation, reading notes) get an entry made from their findings
/// (see ``FindingsReport/init(findings:ruleStats:acceptedByBaseline:threshold:toolVersion:fallbackLocation:)``).
public struct FindingRuleStat: Hashable, Sendable {
    /// The stable rule id, e.g. `std.ofullstandig`.
    public var id: String
    /// The defect type the rule reports, if it names one.
    public var feltyp: String?
    /// The severity the rule gives its findings.
    public var allvarlighet: Allvarlighet
    /// The rule file, when the rule comes from one.
    public var file: String?
    /// The 1-based line of the rule in its file.
    public var line: Int?
    /// How many items (insatser or answers) the rule looked at; `nil` when unknown.
    public var evaluated: Int?
    /// How many of them it flagged.
    public var flagged: Int

    public init(
        id: String, feltyp: String?, allvarlighet: Allvarlighet, file: String? = nil, line: Int? = nil,
        evaluated: Int? = nil, flagged: Int
    ) {
        self.id = id
        self.feltyp = feltyp
        self.allvarlighet = allvarlighet
        self.file = file
        self.line = line
        self.evaluated = evaluated
        self.flagged = flagged
    }
}

/// Everything the findings renderers need: the findings of a `check`, which of them a baseline
/// accepted, the rules that ran and the threshold that decides the exit code.
///
/// The report keeps the findings in a stable order (``Swift/Array/sortedStable()``) so every
/// rendering of the same input is byte-identical.
public struct FindingsReport: Sendable {
    /// The findings that count: not accepted by a baseline, sorted stably.
    public var findings: [Finding]
    /// How many findings a baseline accepted (they are not in ``findings``).
    public var acceptedByBaseline: Int
    /// One entry per rule or check, sorted by id; includes every rule id found in ``findings``.
    public var ruleStats: [FindingRuleStat]
    /// Findings at or above this severity fail the run; `nil` means nothing fails (`--fail-on never`).
    public var threshold: Allvarlighet?
    /// The tool version written into JUnit/SARIF.
    public var toolVersion: String
    /// Where SARIF points a finding that has no location of its own (GitHub code scanning rejects
    /// results without one); the CLI uses the round's `svar.csv`, line 1.
    public var fallbackLocation: SourceLocation?

    /// Builds a report; adds a rule entry for every rule id in `findings` that `ruleStats` lacks
    /// and recounts `flagged` for those from the findings.
    ///
    /// - Complexity: O(n log n) in the number of findings.
    public init(
        findings: [Finding], ruleStats: [FindingRuleStat] = [], acceptedByBaseline: Int = 0,
        threshold: Allvarlighet? = .fel, toolVersion: String, fallbackLocation: SourceLocation? = nil
    ) {
        self.fallbackLocation = fallbackLocation
        self.findings = findings.sortedStable()
        self.acceptedByBaseline = acceptedByBaseline
        self.threshold = threshold
        self.toolVersion = toolVersion
        var byID: [String: FindingRuleStat] = [:]
        for stat in ruleStats where byID[stat.id] == nil { byID[stat.id] = stat }
        var derived: [String: FindingRuleStat] = [:]
        for f in self.findings where byID[f.regel] == nil {
            if var s = derived[f.regel] {
                s.flagged += 1
                if f.allvarlighet > s.allvarlighet { s.allvarlighet = f.allvarlighet }
                derived[f.regel] = s
            } else {
                derived[f.regel] = FindingRuleStat(
                    id: f.regel, feltyp: f.feltyp, allvarlighet: f.allvarlighet, flagged: 1)
            }
        }
        byID.merge(derived) { a, _ in a }
        self.ruleStats = byID.values.sorted { $0.id < $1.id }
    }

    /// True when the finding is at or above the threshold.
    public func fails(_ f: Finding) -> Bool {
        guard let threshold else { return false }
        return f.allvarlighet >= threshold
    }

    /// How many findings are at or above the threshold: the exit code is 1 when this is not 0.
    public var failingCount: Int { findings.reduce(0) { $0 + (fails($1) ? 1 : 0) } }

    /// Counts per severity.
    public var countsBySeverity: [Allvarlighet: Int] {
        var c: [Allvarlighet: Int] = [.fel: 0, .varning: 0, .info: 0]
        for f in findings { c[f.allvarlighet, default: 0] += 1 }
        return c
    }

    /// Counts per feltyp (findings without a feltyp are counted under their rule id).
    public var countsByFeltyp: [String: Int] {
        var c: [String: Int] = [:]
        for f in findings { c[f.feltyp ?? f.regel, default: 0] += 1 }
        return c
    }

    /// The findings with the most severe first, in stable order within a severity.
    public var bySeverity: [Finding] {
        [Allvarlighet.fel, .varning, .info].flatMap { s in findings.filter { $0.allvarlighet == s } }
    }
}

/// The output formats of `granska check`, keyed by the `--format` value.
public enum FindingsFormat: String, Sendable, CaseIterable {
    case text, json, junit, sarif, github

    /// The renderer for this format.
    public var renderer: any FindingsRenderer {
        switch self {
        case .text: TextFindingsRenderer()
        case .json: JSONFindingsRenderer()
        case .junit: JUnitFindingsRenderer()
        case .sarif: SARIFFindingsRenderer()
        case .github: GitHubFindingsRenderer()
        }
    }
}

/// Renders a ``FindingsReport`` in one format. Output ends with a newline and is deterministic.
public protocol FindingsRenderer: Sendable {
    func render(_ report: FindingsReport) -> String
}
