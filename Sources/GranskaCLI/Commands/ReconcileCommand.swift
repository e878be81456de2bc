import GranskaCore
import GranskaReconciliation

/// `granska reconcile`: the funds reconciliation per (enkät, respondent).
struct ReconcileCommand: Subcommand {
    static let spec = CommandSpec(
        name: "reconcile",
        abstract: "Stämmer av redovisade medel mot rekvirerade per enkät och respondent.",
        discussion: """
            För varje respondent jämförs summan av de redovisade beloppen (S) med rekvirerat minus
            återbetalt (T), och skillnaden klassas: exakt, tusental, avrundning, överrapportering,
            underrapportering eller ej rekvirerat. Alla belopp är hela kronor. json ger ett objekt
            med arrayen "avstamning"; csv går att öppna i Excel.
            Toleranserna och viktningsnivån är datakontraktets förval och kan ändras med --level,
            --thousands-tolerance och --rounding-steps; de som användes står i utdata (i JSON under
            "niva" och "installningar").
            """,
        examples: [
            ("reconcile Examples/omgang-2024", "Avstämningen som text."),
            ("reconcile inkommet/2025 --format csv > avstamning.csv", "Avstämningen som CSV."),
            ("reconcile inkommet/2025 --level enkat --thousands-tolerance 0", "En justeringsfaktor per enkät och bara exakta tusentalsfel."),
        ],
        positionals: [CommonOptions.directory],
        options: [CommonOptions.rules, CommonOptions.noStandardRules, CommonOptions.format(["text", "json", "csv"])]
            + CommonOptions.reconciliationOptions)

    var directory: String?
    var ruleDirectories: [String]
    var includeStandard: Bool
    var format: String
    var settings: ReconciliationSettings

    init(_ a: ParsedArguments) throws(UsageError) {
        directory = a.positionals.first
        ruleDirectories = a.all("--rules")
        includeStandard = !a.flag("--no-standard-rules")
        format = a.value("--format") ?? "text"
        settings = try CommonOptions.reconciliationSettings(a, command: "reconcile")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let dir = try RoundLocator.locate(directory, context)
        let result = try Pipeline.analyse(
            directory: dir, ruleDirectories: ruleDirectories.map { RoundLocator.display(context.resolve($0), context) },
            includeStandard: includeStandard, settings: settings)
        Pipeline.printWarnings(result.ruleWarnings, context)
        let r = result.reconciliation
        switch format {
        case "json": context.out(Self.json(r).serialized() + "\n")
        case "csv": context.out(RunOutputs.csv(r.csvRows()))
        default: context.out(ReconcileText.render(r))
        }
        return .ok
    }

    /// The reconciliation's JSON with `version` and `verktyg` added: `{"version": 1, "verktyg":
    /// "granska", "niva", "installningar", "avstamning": [...], "sammanfattning": [...]}`.
    static func json(_ r: Reconciliation) -> JSONValue {
        guard case .object(var members) = r.json() else { return r.json() }
        members["version"] = .int(1)
        members["verktyg"] = .string("granska")
        return .object(members)
    }
}
