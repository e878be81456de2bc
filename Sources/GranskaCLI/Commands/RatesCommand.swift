import GranskaCore

/// `granska rates`: response rates and bortfall per enkät.
struct RatesCommand: Subcommand {
    static let spec = CommandSpec(
        name: "rates",
        abstract: "Beräknar svarsfrekvens och bortfall per enkät.",
        discussion: """
            Räknar populationens storlek (registret och undersökningspopulationen, dvs. enheter med
            rekvirerade medel), antalet svarande och bortfallet per enkät, ovägt och vägt.
            Andelar anges som exakta kvoter och som decimaltal. json ger ett objekt med arrayen
            "svarsfrekvens"; csv går att öppna i Excel.
            """,
        examples: [
            ("rates Examples/omgang-2024", "Svarsfrekvenserna som text."),
            ("rates inkommet/2025 --format json", "Svarsfrekvenserna som JSON."),
        ],
        positionals: [CommonOptions.directory],
        options: [CommonOptions.rules, CommonOptions.noStandardRules, CommonOptions.format(["text", "json", "csv"])])

    var directory: String?
    var ruleDirectories: [String]
    var includeStandard: Bool
    var format: String

    init(_ a: ParsedArguments) throws(UsageError) {
        directory = a.positionals.first
        ruleDirectories = a.all("--rules")
        includeStandard = !a.flag("--no-standard-rules")
        format = a.value("--format") ?? "text"
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        _ = try Pipeline.load(try RoundLocator.locate(directory, context))
        throw Pipeline.notWired("svarsfrekvenserna")
    }
}
