#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a command needs from its surroundings, injectable for tests: the output streams, the
/// working directory, the executable's location (to find the embedded example round), the
/// environment (`SOURCE_DATE_EPOCH`) and the file writer.
public struct CommandContext: Sendable {
    public var output: CommandOutput
    /// The directory relative paths are resolved against.
    public var currentDirectory: String
    /// The running executable, if known.
    public var executablePath: String?
    public var environment: [String: String]
    public var fileWriter: any FileWriting
    /// True in the real process, which exits right after the command: large results are then
    /// left for the operating system to reclaim instead of being freed one by one
    /// (``ProcessLifetime``).
    public var keepsResultsUntilExit = false

    public init(
        output: CommandOutput, currentDirectory: String, executablePath: String?, environment: [String: String],
        fileWriter: any FileWriting = SystemFileWriter()
    ) {
        self.output = output
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
        self.environment = environment
        self.fileWriter = fileWriter
    }

    /// The real process: stdout/stderr, the process's working directory, environment and executable.
    public static var process: CommandContext {
        var context = CommandContext(
            output: .standard,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: ExecutablePath.current,
            environment: ProcessInfo.processInfo.environment)
        context.keepsResultsUntilExit = true
        return context
    }

    func out(_ s: String) { output.writeOut(s) }
    func err(_ s: String) { output.writeErr(s) }

    /// `path` made absolute against ``currentDirectory``.
    func resolve(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent(path).standardizedFileURL
    }
}
