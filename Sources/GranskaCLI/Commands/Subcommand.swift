/// One granska subcommand, shaped like swift-argument-parser's `ParsableCommand`: a spec declared
/// once (name, Swedish abstract, options) for both parsing and help; `init` from parsed
/// arguments, `validate()` before `run(_:)`.
///
/// `run` returns the exit code for findings (0 or 1) and throws ``UsageError`` or
/// `InputError` (both exit code 2); it prints only through the context's output.
protocol Subcommand {
    static var spec: CommandSpec { get }
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// Checks combinations of options before anything is read.
    func validate() throws(UsageError)
    func run(_ context: CommandContext) throws -> ExitCode
}

extension Subcommand {
    func validate() throws(UsageError) {}
}

/// Options several subcommands share, declared once.
enum CommonOptions {
    static let directory = PositionalSpec(
        name: "DIR", optional: true,
        help: "Mappen med omgångens filer (omgang.csv, svar.csv, rekvisitioner.csv). "
            + "Utan DIR används exempelomgången Examples/omgang-2024.")

    static let rules = OptionSpec(
        long: "--rules", kind: .repeating, valueName: "DIR",
        help: "En mapp med egna regelfiler (*.regler). Kan anges flera gånger.")

    static let noStandardRules = OptionSpec(
        long: "--no-standard-rules", kind: .flag,
        help: "Kör inte granskas inbyggda standardregler, bara reglerna från --rules.")

    static func format(_ values: [String], defaultValue: String = "text") -> OptionSpec {
        OptionSpec(
            long: "--format", kind: .value, valueName: "FORMAT", allowed: values, defaultValue: defaultValue,
            help: "Utdataformat: \(values.joined(separator: ", ")).")
    }
}
