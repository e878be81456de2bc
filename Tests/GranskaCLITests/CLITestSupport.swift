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
///
/// The streams go to temporary files, not pipes: a child that writes more than a pipe holds to
/// one stream while the parent waits on the other would otherwise never finish.
func runBinary(_ arguments: [String], cwd: URL = Fixtures.root) throws -> CLIResult? {
    guard let exe = builtExecutable() else { return nil }
    return try runProcess(exe, arguments, cwd: cwd)
}

/// Runs any executable as ``runBinary(_:cwd:)`` does.
func runProcess(_ exe: URL, _ arguments: [String], cwd: URL = Fixtures.root) throws -> CLIResult {
    let streams = try Fixtures.temporaryDirectory("granska-streams")
    defer { try? FileManager.default.removeItem(at: streams) }
    let outURL = streams.appendingPathComponent("stdout")
    let errURL = streams.appendingPathComponent("stderr")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = exe
    process.arguments = arguments
    process.currentDirectoryURL = cwd
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return CLIResult(
        code: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// True when the executable lies inside this repository (`.build/…`), where it finds the
/// embedded example from its own location; a build elsewhere (`--scratch-path /tmp/…`) cannot.
func executableIsInRepository() -> Bool {
    guard let exe = builtExecutable() else { return false }
    return exe.resolvingSymlinksInPath().path.hasPrefix(Fixtures.root.resolvingSymlinksInPath().path + "/")
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
