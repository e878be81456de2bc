import GranskaCore
import GranskaMetrics

/// `granska rates`: response rates and bortfall per enkät.
struct RatesCommand: Subcommand {
    static let spec = CommandSpec(
        name: "rates",
        abstract: "Beräknar svarsfrekvens och bortfall per enkät.",
        discussion: """
            Räknar populationens storlek (registret och undersökningspopulationen, dvs. enheter med
            rekvirerade medel), antalet svarande och bortfallet per enkät, ovägt och vägt.
            Andelar anges som exakta kvoter och som decimaltal. json ger ett objekt med arrayen
            "svarsfrekvens"; csv går att öppna i Excel. Basen är undersökningspopulationen om inte
            --denominator register anges; den som användes står i utdata (i JSON under "namnare").
            """,
        examples: [
            ("rates Examples/omgang-2024", "Svarsfrekvenserna som text."),
            ("rates inkommet/2025 --format json", "Svarsfrekvenserna som JSON."),
            ("rates inkommet/2025 --denominator register", "Andelarna räknade på hela registret i stället för på dem som rekvirerat."),
        ],
        positionals: [CommonOptions.directory],
        options: [
            CommonOptions.rules, CommonOptions.noStandardRules, CommonOptions.format(["text", "json", "csv"]),
            CommonOptions.denominator,
        ])

    var directory: String?
    var ruleDirectories: [String]
    var includeStandard: Bool
    var format: String
    var rateSettings: RateSettings

    init(_ a: ParsedArguments) throws(UsageError) {
        directory = a.positionals.first
        ruleDirectories = a.all("--rules")
        includeStandard = !a.flag("--no-standard-rules")
        format = a.value("--format") ?? "text"
        rateSettings = CommonOptions.rateSettings(a)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let dir = try RoundLocator.locate(directory, context)
        // The rates need the rules' answers and cleaning, not the reconciliation.
        let checked = try Pipeline.check(
            directory: dir, ruleDirectories: ruleDirectories.map { RoundLocator.display(context.resolve($0), context) },
            includeStandard: includeStandard)
        Pipeline.printWarnings(checked.ruleWarnings, context)
        let rates = checked.rates(rateSettings)
        switch format {
        case "json": context.out(Self.json(rates).serialized() + "\n")
        case "csv": context.out(Self.csv(rates))
        default: context.out(RatesText.render(rates))
        }
        return .ok
    }

    /// `{"version": 1, "verktyg": "granska", "svarsfrekvens": [...]}`.
    static func json(_ rates: [Svarsfrekvens]) -> JSONValue {
        guard case .object(var members) = ResponseRates.json(rates) else { return ResponseRates.json(rates) }
        members.merge(jsonMembers) { _, new in new }
        return .object(members)
    }

    /// The members of the JSON document besides the array of rates.
    static let jsonMembers: [String: JSONValue] = ["version": .int(1), "verktyg": .string("granska")]

    /// The rates as CSV (header first).
    static func csv(_ rates: [Svarsfrekvens]) -> String {
        RunOutputs.csv(ResponseRates.csvRows(rates))
    }
}
