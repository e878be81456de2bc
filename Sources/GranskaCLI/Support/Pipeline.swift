import GranskaCore
import GranskaMetrics
import GranskaParsing
import GranskaReconciliation
import GranskaReports
import GranskaRules

/// The library calls the commands share: load, run the rules, reconcile, compute rates.
///
/// The only place the CLI touches the parsing, rules, reconciliation and metrics modules, so a
/// change in their APIs is fixed here once.
enum Pipeline {
    /// A round after the rules and the reconciliation.
    struct Analysis: Sendable {
        var omgang: Omgang
        var outcome: RuleOutcome
        var reconciliation: Reconciliation
        /// Every finding: reading notes, rules, reconciliation (each once).
        var findings: [Finding]
        /// One statistic per rule; reconciliation and reading checks are added by the report.
        var ruleStats: [FindingRuleStat]
        /// Warnings from compiling the user's rule files (printed to stderr by the command).
        var ruleWarnings: [String]
        /// Response rates and bortfall per enkät, over the rules' answers and cleaning; empty
        /// unless ``Pipeline/analyse(directory:ruleDirectories:includeStandard:keepPersonalData:settings:rateSettings:)``
        /// was given rate settings.
        var rates: [Svarsfrekvens]
    }

    /// A round after the rules: what the rates and the reconciliation both start from.
    struct Checked: Sendable {
        var omgang: Omgang
        var outcome: RuleOutcome
        /// Warnings from compiling the user's rule files (printed to stderr by the command).
        var ruleWarnings: [String]

        func rates(_ settings: RateSettings) -> [Svarsfrekvens] {
            ResponseRates.compute(omgang, svar: outcome.svar, rensning: outcome.rensning, settings: settings)
        }
    }

    /// Reads the round in `directory`.
    static func load(_ directory: String, keepPersonalData: Bool = false) throws -> Omgang {
        try RoundLoader.load(directory: directory, options: LoadOptions(keepPersonalData: keepPersonalData))
    }

    /// The rules to run: the embedded standard rules, the user's files, or both.
    ///
    /// - Throws: `RuleFileError` (every problem of every file) when a rule file cannot be used.
    static func rules(_ directories: [String], includeStandard: Bool) throws -> RuleSet {
        if directories.isEmpty { return includeStandard ? RuleSet.standard : RuleSet(rules: []) }
        return try RuleSet.load(directories: directories, includeStandard: includeStandard)
    }

    /// Reads the round and runs the rules.
    ///
    /// - Complexity: O(n log n) in the number of insatser.
    static func check(
        directory: String, ruleDirectories: [String], includeStandard: Bool, keepPersonalData: Bool = false
    ) throws -> Checked {
        // Rule files first: a bad rule file is reported without reading the round.
        let ruleSet = try rules(ruleDirectories, includeStandard: includeStandard)
        let omgang = try load(directory, keepPersonalData: keepPersonalData)
        return Checked(
            omgang: omgang, outcome: RuleEngine.run(ruleSet, on: omgang),
            ruleWarnings: ruleSet.diagnostics.map(\.description))
    }

    /// Reads the round, runs the rules and reconciles the funds; with `rateSettings`, also
    /// computes the response rates, beside the reconciliation.
    ///
    /// - Parameters:
    ///   - settings: the reconciliation's tolerances, rounding steps and level (`--level`,
    ///     `--thousands-tolerance`, `--rounding-steps`); the contract's by default.
    ///   - rateSettings: the response rates' base (`--denominator`); `nil` for no rates.
    /// - Complexity: O(n log n) in the number of insatser.
    static func analyse(
        directory: String, ruleDirectories: [String], includeStandard: Bool, keepPersonalData: Bool = false,
        settings: ReconciliationSettings = .contractDefaults, rateSettings: RateSettings? = nil
    ) throws -> Analysis {
        let checked = try check(
            directory: directory, ruleDirectories: ruleDirectories, includeStandard: includeStandard,
            keepPersonalData: keepPersonalData)
        let omgang = checked.omgang
        let outcome = checked.outcome
        let (reconciliation, rates) = Parallel.both(
            { Reconciler.reconcile(omgang, svar: outcome.svar, rensning: outcome.rensning, settings: settings) },
            { rateSettings.map(checked.rates) ?? [] })
        let findings = FindingMerge.unique([omgang.notes, outcome.findings, reconciliation.findings])
        let stats = outcome.ruleStats.map {
            FindingRuleStat(
                id: $0.id, feltyp: $0.feltyp, allvarlighet: $0.allvarlighet, file: $0.file, line: $0.line,
                evaluated: $0.evaluated, flagged: $0.flagged)
        }
        return Analysis(
            omgang: omgang, outcome: outcome, reconciliation: reconciliation, findings: findings, ruleStats: stats,
            ruleWarnings: checked.ruleWarnings, rates: rates)
    }

    /// Where SARIF points findings without a position: the round's `svar.csv`, line 1.
    static func fallbackLocation(_ omgang: Omgang) -> SourceLocation {
        SourceLocation(file: RoundLoader.path(omgang.directory, .svar), line: 1, column: 1)
    }

    /// Prints the rule files' warnings to stderr.
    static func printWarnings(_ warnings: [String], _ context: CommandContext) {
        for w in warnings { context.err(w + "\n") }
    }
}
