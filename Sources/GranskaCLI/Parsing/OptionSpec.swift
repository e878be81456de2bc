/// One option of a subcommand, declared once and used both to parse and to write the help.
public struct OptionSpec: Sendable, Hashable {
    /// What the option takes.
    public enum Kind: Sendable, Hashable {
        /// A switch without a value (`--no-standard-rules`).
        case flag
        /// One value; given twice, the last wins (`--format json`).
        case value
        /// A value that may be given several times (`--rules DIR --rules DIR2`).
        case repeating
    }

    /// The long name with its dashes, e.g. `--format`.
    public var long: String
    /// The short name with its dash, e.g. `-o`.
    public var short: String?
    public var kind: Kind
    /// The value's placeholder in the help, e.g. `FORMAT`.
    public var valueName: String
    /// The accepted values, when the set is closed; the parser rejects others with a suggestion.
    public var allowed: [String]?
    /// The default, as shown in the help.
    public var defaultValue: String?
    /// One or two Swedish sentences for the help.
    public var help: String
    /// True when the option must be given (shown without brackets in the usage line).
    public var required: Bool

    public init(
        long: String, short: String? = nil, kind: Kind, valueName: String = "", allowed: [String]? = nil,
        defaultValue: String? = nil, required: Bool = false, help: String
    ) {
        self.required = required
        self.long = long
        self.short = short
        self.kind = kind
        self.valueName = valueName
        self.allowed = allowed
        self.defaultValue = defaultValue
        self.help = help
    }
}

/// A positional argument (`DIR`, `FILE`).
public struct PositionalSpec: Sendable, Hashable {
    public var name: String
    public var optional: Bool
    public var help: String

    public init(name: String, optional: Bool, help: String) {
        self.name = name
        self.optional = optional
        self.help = help
    }
}

/// Everything the parser and the help need to know about one subcommand.
public struct CommandSpec: Sendable {
    /// The subcommand's name, e.g. `check`.
    public var name: String
    /// One Swedish line: what the command does (shown in the overview).
    public var abstract: String
    /// A Swedish paragraph or two for the command's own help.
    public var discussion: String
    /// Example command lines (without the leading `granska`), each with a Swedish comment.
    public var examples: [(command: String, comment: String)]
    public var positionals: [PositionalSpec]
    public var options: [OptionSpec]

    public init(
        name: String, abstract: String, discussion: String, examples: [(command: String, comment: String)],
        positionals: [PositionalSpec], options: [OptionSpec]
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.examples = examples
        self.positionals = positionals
        self.options = options
    }

    /// The option with this long or short name.
    func option(named name: String) -> OptionSpec? {
        options.first { $0.long == name || $0.short == name }
    }
}
