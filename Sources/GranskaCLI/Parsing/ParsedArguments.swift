/// The command line of one subcommand after parsing: values by the option's long name, and the
/// positional arguments in order.
public struct ParsedArguments: Sendable, Hashable {
    public var flags: Set<String> = []
    /// Values by long name, in the order given.
    public var values: [String: [String]] = [:]
    public var positionals: [String] = []
    /// True when `--help`/`-h` was given.
    public var help = false

    public init() {}

    /// True when the flag was given.
    public func flag(_ long: String) -> Bool { flags.contains(long) }
    /// The last value of the option, if given.
    public func value(_ long: String) -> String? { values[long]?.last }
    /// Every value of a repeating option.
    public func all(_ long: String) -> [String] { values[long] ?? [] }
}

/// Parses the arguments of one subcommand against its ``CommandSpec``.
///
/// Accepts `--name value`, `--name=value`, `-o value`, `--` (everything after it is positional),
/// and `--help`/`-h` anywhere. Unknown options, missing values, values outside the allowed set
/// and too many positionals are ``UsageError``s with a "menade du …?" hint where one is close.
enum ArgumentParser {
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        func fail(_ m: String) -> UsageError { UsageError(m, command: spec.name) }
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                parsed.positionals.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            if arg == "--help" || arg == "-h" {
                parsed.help = true
                continue
            }
            var name = arg
            var inline: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let option = spec.option(named: name) else {
                let names = spec.options.map(\.long) + ["--help"]
                throw fail("okänd flagga '\(name)'" + EditDistance.hint(for: name, among: names))
            }
            switch option.kind {
            case .flag:
                if inline != nil { throw fail("flaggan '\(option.long)' tar inget värde") }
                parsed.flags.insert(option.long)
            case .value, .repeating:
                let value: String
                if let inline {
                    value = inline
                } else if i < arguments.count {
                    value = arguments[i]
                    i += 1
                } else {
                    throw fail("flaggan '\(option.long)' behöver ett värde (\(option.valueName))")
                }
                if let allowed = option.allowed, !allowed.contains(value) {
                    throw fail(
                        "'\(value)' är inget giltigt värde för '\(option.long)' (välj bland \(allowed.joined(separator: ", ")))"
                            + EditDistance.hint(for: value, among: allowed))
                }
                parsed.values[option.long, default: []].append(value)
            }
        }
        if parsed.help { return parsed }
        let maxPositionals = spec.positionals.count
        if parsed.positionals.count > maxPositionals {
            let extra = parsed.positionals[maxPositionals]
            throw fail("oväntat argument '\(extra)'")
        }
        for (index, p) in spec.positionals.enumerated() where !p.optional && index >= parsed.positionals.count {
            throw fail("argumentet \(p.name) saknas")
        }
        for o in spec.options where o.required && parsed.values[o.long] == nil {
            throw fail("\(o.short ?? o.long) \(o.valueName) saknas")
        }
        return parsed
    }
}
