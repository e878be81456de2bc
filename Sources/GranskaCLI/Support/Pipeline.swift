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

    static func check(directory: String, ruleDirectories: [String], includeStandard: Bool) throws -> CheckResult {
        throw notWired("granskningen")
    }
}
