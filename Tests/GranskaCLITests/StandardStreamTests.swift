import Foundation
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// The real process's stdout and stderr (`write(2)` on descriptors 1 and 2) and its executable path.
@Suite struct StandardStreamTests {
    /// Output larger than a pipe's buffer reaches the reader whole, byte for byte what the command
    /// prints in-process.
    @Test func largeOutputArrivesWhole() throws {
        let r = try #require(try runBinary(["check", "Examples/omgang-2024", "--format", "json"]), "the granska executable is not built")
        let inProcess = granska(["check", "Examples/omgang-2024", "--format", "json"])
        #expect(r.stdout.utf8.count > 65_536)
        #expect(r.stdout == inProcess.stdout)
        #expect(r.code == inProcess.code)
    }

    /// A standard output that takes nothing (a full disk): the command does not crash, and it
    /// exits 2 with a line on standard error, whatever it found — a CI job must not pass on a
    /// report that never arrived.
    @Test(arguments: [["--version"], ["check", "Examples/omgang-2024"], ["check", "Examples/omgang-2024", "--format", "sarif"]])
    func aFullStdoutIsAnErrorNotACrash(arguments: [String]) throws {
        let exe = try #require(builtExecutable(), "the granska executable is not built")
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "no /dev/full here")
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        process.standardOutput = full
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: errData, as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(stderr == "granska: error: standard output gick inte att skriva (disken är full); resultatet kom inte fram\n")
    }

    /// In-process: the exit code follows the output's failure, not only the command's result.
    @Test func aFailedStandardOutputOverridesTheCommandsCode() {
        let captured = CapturedOutput()
        let failing = CommandOutput(
            writeOut: captured.output.writeOut, writeErr: captured.output.writeErr, outFailure: { EPIPE })
        let context = CommandContext(
            output: failing, currentDirectory: Fixtures.root.path, executablePath: nil, environment: [:],
            fileWriter: SystemFileWriter())
        #expect(GranskaCommand.main(arguments: ["--version"], context: context) == 2)
        #expect(captured.stderr.contains("(mottagaren slutade läsa)"))
        let fine = granska(["--version"])
        #expect(fine.code == 0 && fine.stderr.isEmpty)
    }

    /// The executable path comes from the system; on Linux it is the one `Bundle.main` gave before.
    @Test func executablePathIsTheSystemOne() {
        #expect(ExecutablePath.system != nil)
        #if os(Linux)
            #expect(ExecutablePath.current == Bundle.main.executableURL?.path)
        #endif
    }
}
