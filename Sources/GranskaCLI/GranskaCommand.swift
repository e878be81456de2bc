import GranskaCore
import GranskaRules

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command-line entry point: picks the subcommand, parses, validates, runs, prints errors and
/// returns the exit code (see ``ExitCode``). Nothing else in granska prints.
public enum GranskaCommand {
    /// The subcommands, in the order the help lists them.
    static var subcommands: [any Subcommand.Type] { [
        RunCommand.self, CheckCommand.self, ReconcileCommand.self, RatesCommand.self, DeclareCommand.self,
        InspectCommand.self,
    ] }

    /// Runs granska with `arguments` (without the program name) in the real process.
    public static func main(arguments: [String]) -> Int32 {
        main(arguments: arguments, context: .process)
    }

    /// Runs granska with `arguments` in `context` (tests pass captured output and a fake writer).
    ///
    /// When standard output could not take what the command wrote, the exit code is 2 whatever
    /// the command found: a CI job must not pass on a report that never arrived.
    public static func main(arguments: [String], context: CommandContext) -> Int32 {
        let code = dispatch(arguments, context)
        let failure = context.output.outFailure()
        guard failure == 0 else {
            context.err("granska: error: standard output gick inte att skriva (\(StreamFailure.reason(failure))); resultatet kom inte fram\n")
            return ExitCode.inputError.rawValue
        }
        return code
    }

    private static func dispatch(_ arguments: [String], _ context: CommandContext) -> Int32 {
        guard let first = arguments.first else {
            context.err(HelpText.overview(subcommands.map { $0.spec }))
            return ExitCode.inputError.rawValue
        }
        if first == "--help" || first == "-h" || first == "help" {
            if first == "help", arguments.count > 1, let sub = subcommand(named: arguments[1]) {
                context.out(HelpText.command(sub.spec))
            } else {
                context.out(HelpText.overview(subcommands.map { $0.spec }))
            }
            return ExitCode.ok.rawValue
        }
        if first == "--version" {
            context.out("granska \(GranskaVersion.current)\n")
            return ExitCode.ok.rawValue
        }
        guard let command = subcommand(named: first) else {
            let names = subcommands.map { $0.spec.name }
            let what = first.hasPrefix("-") ? "okänd flagga '\(first)'" : "okänt kommando '\(first)'"
            let hint = EditDistance.hint(for: first, among: first.hasPrefix("-") ? ["--help", "--version"] : names)
            context.err("granska: error: \(what)\(hint)\nKommandon: \(names.joined(separator: ", ")). Se 'granska --help'.\n")
            return ExitCode.inputError.rawValue
        }
        return execute(command, Array(arguments.dropFirst()), context)
    }

    static func subcommand(named name: String) -> (any Subcommand.Type)? {
        subcommands.first { $0.spec.name == name }
    }

    private static func execute(_ type: any Subcommand.Type, _ arguments: [String], _ context: CommandContext) -> Int32 {
        let spec = type.spec
        do {
            let parsed = try ArgumentParser.parse(arguments, spec: spec)
            if parsed.help {
                context.out(HelpText.command(spec))
                return ExitCode.ok.rawValue
            }
            let command = try type.init(parsed)
            try command.validate()
            return try command.run(context).rawValue
        } catch let error as UsageError {
            context.err(
                "granska \(spec.name): error: \(error.message)\nAnvändning: \(HelpText.usage(spec))\n"
                    + "Se 'granska \(spec.name) --help'.\n")
            return ExitCode.inputError.rawValue
        } catch let error as InputError {
            context.err(error.description + "\n")
            return ExitCode.inputError.rawValue
        } catch let error as RuleFileError {
            // Every problem of every rule file, each with its source line and a caret.
            context.err(error.description + "\n")
            return ExitCode.inputError.rawValue
        } catch let error as InputErrors {
            for e in error.errors { context.err(e.description + "\n") }
            return ExitCode.inputError.rawValue
        } catch {
            context.err("granska \(spec.name): error: oväntat fel: \(String(describing: error))\n")
            return ExitCode.inputError.rawValue
        }
    }
}

/// Several input errors at once (a rule file with many problems): each is printed, exit code 2.
struct InputErrors: Error {
    var errors: [InputError]
}

/// Ends the process with `status`.
public func exitProcess(_ status: Int32) -> Never { exit(status) }
