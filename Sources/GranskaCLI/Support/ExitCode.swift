/// The exit codes of every subcommand: one table, documented in `--help` and `docs/cli.md`.
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// No finding at or above the threshold (`--fail-on`).
    case ok = 0
    /// At least one finding at or above the threshold.
    case findings = 1
    /// A usage or input error: an unknown flag, an unreadable or malformed file, a bad rule file,
    /// an output folder or a standard output that cannot be written. Never 0 when the input could
    /// not be read or the result could not be delivered.
    case inputError = 2

    /// The Swedish explanation shown in the help.
    public var explanation: String {
        switch self {
        case .ok: "inga fynd på eller över tröskeln (--fail-on)"
        case .findings: "minst ett fynd på eller över tröskeln"
        case .inputError: "fel i kommandoraden eller i indata: en fil som inte går att läsa eller är felaktig, en felaktig regelfil, en utmapp eller standard output som inte går att skriva"
        }
    }

    /// The table as it appears in the help.
    static var helpTable: String {
        allCases.map { HelpText.row("  \($0.rawValue)", $0.explanation, column: 5) }.joined()
    }
}
