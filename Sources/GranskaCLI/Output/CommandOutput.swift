import Synchronization

/// Where a command's text goes: standard output (results, help) and standard error (errors,
/// usage). Injectable so tests run commands in-process and capture both streams.
public struct CommandOutput: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeErr: @Sendable (String) -> Void

    public init(writeOut: @escaping @Sendable (String) -> Void, writeErr: @escaping @Sendable (String) -> Void) {
        self.writeOut = writeOut
        self.writeErr = writeErr
    }

    /// The process's own stdout and stderr (file descriptors 1 and 2), written with `write(2)`.
    /// Text a stream cannot take (it is closed, the disk is full, its reader went away while
    /// `SIGPIPE` is ignored) is lost; the command still runs to its end and returns its exit code.
    /// With `SIGPIPE` at its default, a reader that goes away ends the process, as before.
    public static let standard = CommandOutput(
        writeOut: { _ = SystemWrite.all(1, $0) },
        writeErr: { _ = SystemWrite.all(2, $0) })
}

/// Captures both streams in memory (for tests and for embedding granska).
public final class CapturedOutput: Sendable {
    private struct Streams {
        var out = ""
        var err = ""
    }

    private let streams = Mutex(Streams())

    public init() {}

    /// Everything written to standard output so far.
    public var stdout: String { streams.withLock { $0.out } }
    /// Everything written to standard error so far.
    public var stderr: String { streams.withLock { $0.err } }

    /// An output that appends to this capture.
    public var output: CommandOutput {
        CommandOutput(
            writeOut: { s in self.streams.withLock { $0.out += s } },
            writeErr: { s in self.streams.withLock { $0.err += s } })
    }
}
