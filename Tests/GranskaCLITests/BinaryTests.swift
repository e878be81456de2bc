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

    /// From a folder outside the repository the executable still finds the embedded example (from
    /// its own location), and the exit code reflects the planted error-level findings. Needs the
    /// executable inside the repository (the default build folder).
    @Test(.enabled(if: executableIsInRepository(), "the executable is built outside the repository"))
    func findsTheExampleFromTheExecutable() throws {
        let elsewhere = try Fixtures.temporaryDirectory("granska-cwd")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let r = try #require(try runBinary(["check", "--format", "json"], cwd: elsewhere), "the granska executable is not built")
        #expect(r.code == 1, "\(r.stderr)")
        #expect(r.stdout.contains("\"verktyg\": \"granska\""))
        #expect(r.stdout.contains("omgang-2024/svar.csv"))
        let run = try #require(try runBinary(["run", "-o", "ut"], cwd: elsewhere))
        #expect(run.code == 0)
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("ut/fynd.json").path))
    }

    /// A child that fills standard error far past a pipe's buffer before writing to standard
    /// output still finishes (ASan's exit report did that, and the old pipe reader hung).
    @Test func largeStandardErrorDoesNotHang() throws {
        let sh = URL(fileURLWithPath: "/bin/sh")
        try #require(FileManager.default.isExecutableFile(atPath: sh.path))
        let r = try runProcess(sh, ["-c", "head -c 300000 /dev/zero | tr '\\0' e >&2; echo klar; exit 3"])
        #expect(r.code == 3)
        #expect(r.stdout == "klar\n")
        #expect(r.stderr.utf8.count == 300_000)
    }
}
