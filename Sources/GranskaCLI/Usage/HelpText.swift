/// The help screens, generated from the same ``CommandSpec``s the parser uses.
enum HelpText {
    /// The column where option descriptions start.
    static let column = 30

    /// `granska --help`.
    static func overview(_ commands: [CommandSpec]) -> String {
        var out = "granska \(GranskaVersion.current) – granskar en inskickad enkätomgång om stimulansmedel innan den analyseras:\n"
        out += "kontrollerar svaren mot regler, stämmer av redovisade medel mot rekvirerade,\n"
        out += "beräknar svarsfrekvens och bortfall och skriver en kvalitetsdeklaration per enkät.\n\n"
        out += "Användning: granska <kommando> [argument] [flaggor]\n\n"
        out += "Kommandon:\n"
        for c in commands { out += row("  " + c.name, c.abstract) }
        out += "\nFlaggor:\n"
        out += row("  -h, --help", "Visar hjälpen (även per kommando: granska check --help).")
        out += row("  --version", "Visar granskas version.")
        out += "\nExempel:\n"
        for c in commands {
            if let e = c.examples.first { out += "  granska \(e.command)\n      \(e.comment)\n" }
        }
        out += "\n" + exitCodes
        out += "\nSe 'granska <kommando> --help' för ett kommandos argument och flaggor.\n"
        return out
    }

    /// `granska <command> --help`.
    static func command(_ spec: CommandSpec) -> String {
        var out = "granska \(spec.name) – \(spec.abstract)\n\n"
        out += "Användning: \(usage(spec))\n\n"
        if !spec.discussion.isEmpty { out += spec.discussion + "\n\n" }
        if !spec.positionals.isEmpty {
            out += "Argument:\n"
            for p in spec.positionals { out += row("  " + p.name, p.help) }
            out += "\n"
        }
        out += "Flaggor:\n"
        for o in spec.options {
            var names = "  " + (o.short.map { $0 + ", " } ?? "") + o.long
            if o.kind != .flag { names += " " + o.valueName }
            var help = o.help
            if let d = o.defaultValue { help += " Standard: \(d)." }
            out += row(names, help)
        }
        out += row("  -h, --help", "Visar den här hjälpen.")
        out += "\nExempel:\n"
        for e in spec.examples { out += "  granska \(e.command)\n      \(e.comment)\n" }
        out += "\n" + exitCodes
        return out
    }

    /// `granska check [DIR] [--rules DIR]… [--format FORMAT] …`.
    static func usage(_ spec: CommandSpec) -> String {
        var parts = ["granska", spec.name]
        for p in spec.positionals { parts.append(p.optional ? "[\(p.name)]" : p.name) }
        for o in spec.options {
            let name = o.short ?? o.long
            switch o.kind {
            case .flag: parts.append("[\(name)]")
            case .value: parts.append(o.required ? "\(name) \(o.valueName)" : "[\(name) \(o.valueName)]")
            case .repeating: parts.append("[\(name) \(o.valueName)]…")
            }
        }
        return parts.joined(separator: " ")
    }

    /// The exit code table, the same for every subcommand.
    static var exitCodes: String {
        "Slutkoder (samma för alla kommandon):\n" + ExitCode.helpTable
    }

    /// `names` padded to ``column`` and `help` wrapped at 100 characters beside it.
    static func row(_ names: String, _ help: String, column: Int = HelpText.column) -> String {
        let words = help.split(separator: " ", omittingEmptySubsequences: true)
        var lines: [String] = []
        var current = ""
        let width = 100 - column
        for w in words {
            if !current.isEmpty && current.count + 1 + w.count > width {
                lines.append(current)
                current = String(w)
            } else {
                current += current.isEmpty ? String(w) : " " + w
            }
        }
        if !current.isEmpty { lines.append(current) }
        let pad = String(repeating: " ", count: column)
        var out: String
        if names.count + 2 <= column {
            out = names + String(repeating: " ", count: column - names.count) + (lines.first ?? "") + "\n"
        } else {
            out = names + "\n" + pad + (lines.first ?? "") + "\n"
        }
        for l in lines.dropFirst() { out += pad + l + "\n" }
        return out
    }
}
