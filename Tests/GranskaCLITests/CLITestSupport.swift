import Foundation
import GranskaTestSupport

@testable import GranskaCLI

/// The result of running granska in-process.
struct CLIResult {
    var code: Int32
    var stdout: String
    var stderr: String
}

/// Runs granska in-process with captured output, the repository root as the working directory
/// unless given, a fixed environment (no SOURCE_DATE_EPOCH) and an optional file writer.
func granska(
    _ arguments: [String], cwd: String = Fixtures.root.path, environment: [String: String] = [:],
    writer: any FileWriting = SystemFileWriter()
) -> CLIResult {
    let captured = CapturedOutput()
    let context = CommandContext(
        output: captured.output, currentDirectory: cwd, executablePath: nil, environment: environment,
        fileWriter: writer)
    let code = GranskaCommand.main(arguments: arguments, context: context)
    return CLIResult(code: code, stdout: captured.stdout, stderr: captured.stderr)
}

/// The built `granska` executable beside the test bundle (built by `swift build --build-tests`).
func builtExecutable() -> URL? {
    var candidates: [URL] = []
    let bundle = Bundle.main.bundleURL
    candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("granska"))
    candidates.append(bundle.appendingPathComponent("granska"))
    for c in Bundle.allBundles.map(\.bundleURL) {
        candidates.append(c.deletingLastPathComponent().appendingPathComponent("granska"))
    }
    candidates.append(Fixtures.root.appendingPathComponent(".build/debug/granska"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Runs the built executable and returns exit status and both streams.
func runBinary(_ arguments: [String], cwd: URL = Fixtures.root) throws -> CLIResult? {
    guard let exe = builtExecutable() else { return nil }
    let process = Process()
    process.executableURL = exe
    process.arguments = arguments
    process.currentDirectoryURL = cwd
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIResult(
        code: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// A writer that fails on the n-th write (1-based) and writes normally otherwise.
final class FailingWriter: FileWriting, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    let failOn: Int

    init(failOn: Int) { self.failOn = failOn }

    struct Injected: Error {}

    func write(_ data: Data, to url: URL) throws {
        let n = lock.withLock {
            count += 1
            return count
        }
        if n == failOn {
            // Leave a half-written file behind, as a crash mid-write would.
            try data.prefix(data.count / 2).write(to: url)
            throw Injected()
        }
        try data.write(to: url)
    }
}

/// Every file under `url`, relative paths, sorted (hidden files included).
func listing(_ url: URL) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: url.path) else { return [] }
    return (e.allObjects as? [String] ?? []).sorted()
}
