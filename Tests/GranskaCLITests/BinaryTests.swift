import Foundation
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// A few runs of the built executable: real exit status, real stdout and stderr.
@Suite struct BinaryTests {
    @Test func versionAndHelp() throws {
        let version = try #require(try runBinary(["--version"]), "the granska executable is not built")
        #expect(version.code == 0)
        #expect(version.stdout == "granska \(GranskaVersion.current)\n")
        #expect(version.stderr.isEmpty)
        let help = try #require(try runBinary(["check", "--help"]))
        #expect(help.code == 0)
        #expect(help.stdout == granska(["check", "--help"]).stdout)
    }

    @Test func usageErrorExitsTwoOnStderr() throws {
        let r = try #require(try runBinary(["check", "--formt", "json"]), "the granska executable is not built")
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("menade du '--format'?"))
    }

    @Test func missingDirectoryExitsTwo() throws {
        let r = try #require(try runBinary(["check", "finns/inte"]), "the granska executable is not built")
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("[input.missing-directory]"))
    }
}
