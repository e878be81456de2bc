import GranskaCore
import GranskaParsing

/// `granska inspect FILE`: how granska reads one file (encoding, delimiter, line ending, header
/// mapping, records), with personal data masked unless asked.
struct InspectCommand: Subcommand {
    static let spec = CommandSpec(
        name: "inspect",
        abstract: "Visar hur granska läser en fil: teckenkodning, avgränsare, rubriker och poster.",
        discussion: """
            Visar teckenkodning, avgränsare, radslut, rubrikraden och hur varje kolumn kopplas till
            datamodellen, antalet poster och de första raderna (text) eller alla poster (json), med
            fälten exakt som de lästes. Kolumner med personuppgifter (kontaktperson, e-post, telefon)
            maskeras som *** om inte --show-personal-data anges.
            """,
        examples: [
            ("inspect Examples/omgang-2024/svar.csv", "Visar hur svarsfilen läses."),
            ("inspect export.csv --format json", "Alla poster som JSON, personuppgifter maskerade."),
        ],
        positionals: [PositionalSpec(name: "FIL", optional: false, help: "CSV-filen som ska visas.")],
        options: [
            CommonOptions.format(["text", "json"]),
            OptionSpec(
                long: "--show-personal-data", kind: .flag,
                help: "Visar personuppgifter (kontaktperson, e-post, telefon) i stället för ***."),
        ])

    var file: String
    var json: Bool
    var showPersonal: Bool

    init(_ a: ParsedArguments) throws(UsageError) {
        file = a.positionals.first ?? ""
        json = a.value("--format") == "json"
        showPersonal = a.flag("--show-personal-data")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let path = RoundLocator.display(context.resolve(file), context)
        let inspection = try FileInspection.inspect(path: path, showPersonal: showPersonal, maxRecords: json ? nil : Self.textRecords)
        context.out(json ? inspection.json.serialized() + "\n" : InspectionText.render(inspection, showPersonal: showPersonal))
        return .ok
    }

    /// How many records the text form lists.
    static let textRecords = 5
}
