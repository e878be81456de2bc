import GranskaCore

/// The `--fail-on` threshold: findings at or above it make the exit code 1.
enum FailOn {
    /// The accepted values, most to least strict.
    static let values = ["info", "varning", "fel", "never"]

    /// The threshold for a `--fail-on` value (`never` is `nil`: nothing fails).
    static func threshold(_ value: String) -> Allvarlighet? {
        value == "never" ? nil : Allvarlighet(rawValue: value)
    }

    static func option(defaultValue: String) -> OptionSpec {
        OptionSpec(
            long: "--fail-on", kind: .value, valueName: "NIVÅ", allowed: values, defaultValue: defaultValue,
            help: "Lägsta allvarlighet som ger slutkod 1: info, varning, fel eller never (aldrig).")
    }
}
