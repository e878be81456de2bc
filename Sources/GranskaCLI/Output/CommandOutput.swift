import Foundation

/// Where a command's text goes: standard output (results, help) and standard error (errors,
/// usage). Injectable so tests run commands in-process and capture both streams.
public struct CommandOutput: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeErr: @Sendable (String) -> Void

    public init(writeOut: @escaping @Sendable (String) -> Void, writeErr: @escaping @Sendable (String) -> Void) {
        self.writeOut = writeOut
        self.writeErr = writeErr
    }

    /// The process's own stdout and stderr.
    public static let standard = CommandOutput(
        writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
        writeErr: { FileHandle.standardError.write(Data($0.utf8)) })
}

/// Captures both streams in memory (for tests and for embedding granska).
public final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    public init() {}

    /// Everything written to standard output so far.
    public var stdout: String { lock.withLock { out } }
    /// Everything written to standard error so far.
    public var stderr: String { lock.withLock { err } }

    /// An output that appends to this capture.
    public var output: CommandOutput {
        CommandOutput(
            writeOut: { s in self.lock.withLock { self.out += s } },
            writeErr: { s in self.lock.withLock { self.err += s } })
    }
}
