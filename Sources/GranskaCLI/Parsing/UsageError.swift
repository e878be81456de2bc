/// A command line granska cannot run: an unknown flag, a missing value, a value outside the
/// allowed set, a missing or extra argument. Exit code 2; the message is Swedish.
public struct UsageError: Error, Hashable, Sendable {
    public var message: String
    /// The subcommand whose usage line to print, if one was recognised.
    public var command: String?

    public init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}
