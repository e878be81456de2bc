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

    /// A standard output that takes nothing (a full disk) loses the text, but the command ends
    /// normally with its own exit code instead of crashing.
    @Test(arguments: [(["--version"], Int32(0)), (["check", "Examples/omgang-2024"], Int32(1))])
    func aFullStdoutDoesNotCrash(arguments: [String], code: Int32) throws {
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
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == code)
        #expect(errData.isEmpty, "\(String(decoding: errData, as: UTF8.self))")
    }

    /// The executable path comes from the system; on Linux it is the one `Bundle.main` gave before.
    @Test func executablePathIsTheSystemOne() {
        #expect(ExecutablePath.system != nil)
        #if os(Linux)
            #expect(ExecutablePath.current == Bundle.main.executableURL?.path)
        #endif
    }
}
