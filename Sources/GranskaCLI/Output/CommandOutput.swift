import GranskaCore

/// Where a command's text goes: standard output (results, help) and standard error (errors,
/// usage). Injectable so tests run commands in-process and capture both streams.
public struct CommandOutput: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeErr: @Sendable (String) -> Void
    /// The `errno` of the first write to standard output that failed, 0 while none has.
    public var outFailure: @Sendable () -> Int32

    public init(
        writeOut: @escaping @Sendable (String) -> Void, writeErr: @escaping @Sendable (String) -> Void,
        outFailure: @escaping @Sendable () -> Int32 = { 0 }
    ) {
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.outFailure = outFailure
    }

    /// The process's own stdout and stderr (file descriptors 1 and 2), written with `write(2)`.
    /// Text standard output cannot take (it is closed, the disk is full, its reader went away
    /// while `SIGPIPE` is ignored) is remembered in ``outFailure``, and the command then exits
    /// with code 2 instead of claiming a result nobody received. With `SIGPIPE` at its default, a
    /// reader that goes away ends the process, as for any command-line tool.
    public static let standard = CommandOutput(
        writeOut: { text in
            let failure = SystemWrite.all(1, text)
            if failure != 0 { standardOutFailure.withLock { if $0 == 0 { $0 = failure } } }
        },
        writeErr: { _ = SystemWrite.all(2, $0) },
        outFailure: { standardOutFailure.withLock { $0 } })

    private static let standardOutFailure = Locked<Int32>(0)
}

/// Captures both streams in memory (for tests and for embedding granska).
public final class CapturedOutput: Sendable {
    private struct Streams {
        var out = ""
        var err = ""
    }

    private let streams = Locked(Streams())

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
