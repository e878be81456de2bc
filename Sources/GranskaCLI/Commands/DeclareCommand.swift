import GranskaCore
import GranskaMetrics
import GranskaReconciliation

/// `granska declare`: writes one kvalitetsdeklaration per enkät.
struct DeclareCommand: Subcommand {
    static let spec = CommandSpec(
        name: "declare",
        abstract: "Skriver en kvalitetsdeklaration per enkät (Markdown, HTML och JSON).",
        discussion: """
            Skriver kvalitetsdeklaration-<enkät>.md, .html och .json i OUT, allt eller inget.
            Siffrorna räknas fram ur omgången; fakta som syfte, ansvarig och publicering läses ur
            deklaration.txt i omgångens mapp (saknas en uppgift står det i deklarationen, den hittas
            aldrig på). Med --previous DIR jämförs med en tidigare omgångs deklarationer
            (kvalitetsdeklaration-<enkät>.json i DIR). Datumet sätts bara med --date eller från
            miljövariabeln SOURCE_DATE_EPOCH, så att samma indata ger samma filer.
            """,
        examples: [
            ("declare Examples/omgang-2024 -o deklarationer --date 2025-05-15", "Deklarationerna för exempelomgången."),
        ],
        positionals: [CommonOptions.directory],
        options: [
            OptionSpec(long: "--output", short: "-o", kind: .value, valueName: "OUT", required: true, help: "Mappen deklarationerna skrivs till (skapas vid behov)."),
            OptionSpec(long: "--previous", kind: .value, valueName: "DIR", help: "En mapp med en tidigare omgångs kvalitetsdeklaration-<enkät>.json att jämföra med."),
            OptionSpec(long: "--date", kind: .value, valueName: "ÅÅÅÅ-MM-DD", help: "Datumet som står i deklarationen (annars från SOURCE_DATE_EPOCH, annars inget datum)."),
            CommonOptions.rules, CommonOptions.noStandardRules,
        ] + CommonOptions.reconciliationOptions + [CommonOptions.denominator])

    var directory: String?
    var output: String
    var previous: String?
    var date: Datum?
    var ruleDirectories: [String]
    var includeStandard: Bool
    var settings: ReconciliationSettings
    var rateSettings: RateSettings

    init(_ a: ParsedArguments) throws(UsageError) {
        directory = a.positionals.first
        output = a.value("--output") ?? ""
        previous = a.value("--previous")
        if let d = a.value("--date") {
            guard let parsed = Datum(iso: d) else { throw UsageError("'\(d)' är inget datum på formen ÅÅÅÅ-MM-DD", command: "declare") }
            date = parsed
        }
        ruleDirectories = a.all("--rules")
        includeStandard = !a.flag("--no-standard-rules")
        settings = try CommonOptions.reconciliationSettings(a, command: "declare")
        rateSettings = CommonOptions.rateSettings(a)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let dir = try RoundLocator.locate(directory, context)
        let result = try Pipeline.analyse(
            directory: dir, ruleDirectories: ruleDirectories.map { RoundLocator.display(context.resolve($0), context) },
            includeStandard: includeStandard, settings: settings, rateSettings: rateSettings)
        Pipeline.printWarnings(result.ruleWarnings, context)
        let files = try Declarations.files(
            result, previous: previous, generatedAt: Declarations.generatedAt(date, context), context)
        var folder = OutputFolder(directory: context.resolve(output))
        for f in files { folder.add(f.name, text: f.text) }
        try folder.commit(writer: context.fileWriter)
        context.out(Self.written(files.map(\.name), to: output))
        return .ok
    }

    /// `Skrev n filer till OUT:` and one file name per line.
    static func written(_ names: [String], to output: String) -> String {
        "Skrev \(names.count) filer till \(output):\n" + names.map { "  \($0)\n" }.joined()
    }
}
