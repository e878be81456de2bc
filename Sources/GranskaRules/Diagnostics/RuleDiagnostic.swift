import GranskaCore

/// One problem in a rule file: a stable id, a severity, where it is and a Swedish message.
///
/// Printed the way compilers print (`file:line:column: error: message [id]`); the severity word
/// is the English protocol word (`error`, `warning`, `note`) so CI problem matchers can read it.
public struct RuleDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// A stable id apart from the wording, e.g. `rules.unknown-field` (see ``RuleDiagnosticID``).
    public var id: String
    public var severity: Allvarlighet
    /// File, 1-based line and 1-based column in characters where the problem starts.
    public var location: SourceLocation
    /// The bytes the problem covers in the file (0-based UTF-8 offsets).
    public var range: ByteRange
    /// How many characters to underline on the line (at least 1).
    public var length: Int
    /// The message, in Swedish, quoting the offending text.
    public var message: String

    public init(
        id: String, severity: Allvarlighet, location: SourceLocation, range: ByteRange, length: Int, message: String
    ) {
        self.id = id
        self.severity = severity
        self.location = location
        self.range = range
        self.length = max(1, length)
        self.message = message
    }

    /// `file:line:column: error: message [id]`.
    public var description: String { "\(location): \(severity.english): \(message) [\(id)]" }

    /// True for problems that stop the file from being used.
    public var isError: Bool { severity == .fel }

    /// The diagnostic line, the source line, and a caret line under the offending text:
    ///
    ///     Rules/egna.regler:4:16: error: okänt fält 'medl' – menade du 'medel'? [rules.unknown-field]
    ///       när          medl < 0
    ///                    ^~~~
    ///
    /// Tabs before the column are kept in the caret line so the caret lines up in any editor.
    ///
    /// - Parameter sourceLine: The text of line `location.line`, without its line end.
    public func rendered(sourceLine: String) -> String {
        let chars = Array(sourceLine)
        var pad = ""
        for i in 0..<max(0, location.column - 1) {
            pad.append(i < chars.count && chars[i] == "\t" ? "\t" : " ")
        }
        let available = max(1, min(length, chars.count - (location.column - 1)))
        let marker = "^" + String(repeating: "~", count: max(0, available - 1))
        return "\(description)\n\(sourceLine)\n\(pad)\(marker)"
    }
}

extension Array where Element == RuleDiagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.isError } }

    /// Sorted by file, line, column, then id: the order they are printed in.
    public func sortedByLocation() -> [RuleDiagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            return a.id < b.id
        }
    }
}
