#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore
import GranskaReconciliation
import GranskaReports

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `granska check`: the rule findings plus the reconciliation's findings, in a CI-friendly format,
/// with an exit code that gates on `--fail-on` (default `fel`) and an optional baseline.
struct CheckCommand: Subcommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Granskar omgången mot reglerna och avstämningen och sätter slutkod efter fynden (för CI).",
        discussion: """
            Läser omgången, kör standardreglerna och egna regler, stämmer av redovisade medel mot
            rekvirerade och listar alla fynd. Slutkoden är 1 om något fynd når tröskeln (--fail-on,
            standard fel), annars 0. Med --baseline räknas bara fynd som inte redan finns i
            baslinjefilen; --write-baseline sparar dagens fynd som baslinje. Utdata är deterministiska:
            samma indata ger byte för byte samma utdata.
            Format: text (svensk, grupperad per enkät och respondent), json, junit (JUnit-XML),
            sarif (SARIF 2.1.0) och github (anteckningar för GitHub Actions).
            """,
        examples: [
            ("check Examples/omgang-2024", "Granskar exempelomgången och visar fynden som text."),
            ("check inkommet/2025 --format sarif > granska.sarif", "SARIF för kodgranskning i GitHub."),
            ("check inkommet/2025 --fail-on varning --baseline baslinje.json", "Underkänn vid nya varningar, men godta kända fynd."),
        ],
        positionals: [CommonOptions.directory],
        options: [
            CommonOptions.rules, CommonOptions.noStandardRules,
            CommonOptions.format(FindingsFormat.allCases.map(\.rawValue)),
            FailOn.option(defaultValue: "fel"),
            OptionSpec(
                long: "--baseline", kind: .value, valueName: "FIL",
                help: "En baslinjefil från --write-baseline: fynd som finns där räknas inte mot slutkoden."),
            OptionSpec(
                long: "--write-baseline", kind: .value, valueName: "FIL",
                help: "Sparar fyndens stabila fingeravtryck som baslinje i FIL (JSON)."),
        ] + CommonOptions.reconciliationOptions)

    var directory: String?
    var ruleDirectories: [String]
    var includeStandard: Bool
    var format: FindingsFormat
    var threshold: Allvarlighet?
    var baseline: String?
    var writeBaseline: String?
    var settings: ReconciliationSettings

    init(_ a: ParsedArguments) throws(UsageError) {
        directory = a.positionals.first
        ruleDirectories = a.all("--rules")
        includeStandard = !a.flag("--no-standard-rules")
        format = FindingsFormat(rawValue: a.value("--format") ?? "text") ?? .text
        threshold = FailOn.threshold(a.value("--fail-on") ?? "fel")
        baseline = a.value("--baseline")
        writeBaseline = a.value("--write-baseline")
        settings = try CommonOptions.reconciliationSettings(a, command: "check")
    }

    func validate() throws(UsageError) {
        if !includeStandard && ruleDirectories.isEmpty {
            throw UsageError("--no-standard-rules utan --rules lämnar inga regler att köra", command: "check")
        }
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let dir = try RoundLocator.locate(directory, context)
        let accepted = try baseline.map { path throws(InputError) in try Self.readBaseline(path, context) }
        let result = try Pipeline.analyse(
            directory: dir, ruleDirectories: ruleDirectories.map { RoundLocator.display(context.resolve($0), context) },
            includeStandard: includeStandard, settings: settings)
        Pipeline.printWarnings(result.ruleWarnings, context)
        if let writeBaseline {
            try AtomicFile.write(
                Data(Baseline.document(for: result.findings).utf8), to: context.resolve(writeBaseline),
                writer: context.fileWriter)
        }
        var findings = result.findings
        var acceptedCount = 0
        if let accepted {
            (findings, acceptedCount) = accepted.apply(to: findings)
        }
        let report = FindingsReport(
            findings: findings, ruleStats: result.ruleStats, acceptedByBaseline: acceptedCount, threshold: threshold,
            toolVersion: GranskaVersion.current, fallbackLocation: Pipeline.fallbackLocation(result.omgang))
        context.out(format.renderer.render(report))
        if format == .github, let summary = context.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            Self.appendSummary(GitHubSummaryRenderer().render(report), to: summary, context)
        }
        return report.failingCount > 0 ? .findings : .ok
    }

    /// Appends the job summary to `$GITHUB_STEP_SUMMARY`. A summary that cannot be written is a
    /// warning on stderr, never a failed check: the annotations and the exit code carry the result.
    static func appendSummary(_ text: String, to path: String, _ context: CommandContext) {
        let fd = open(context.resolve(path).path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o666)
        var failed = fd < 0
        if fd >= 0 {
            failed = SystemWrite.all(fd, text) != 0
            failed = close(fd) != 0 || failed
        }
        if failed {
            context.err("\(path): warning: sammanfattningen för GitHub (GITHUB_STEP_SUMMARY) gick inte att skriva [output.step-summary]\n")
        }
    }

    static func readBaseline(_ path: String, _ context: CommandContext) throws(InputError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: context.resolve(path))
        } catch {
            throw InputError(id: "baseline.unreadable", file: path, message: "baslinjefilen går inte att läsa")
        }
        return try Baseline.parse(data, file: path)
    }
}
