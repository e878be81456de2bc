import Foundation
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// Exit code 2 for every usage error, the message on stderr with the usage line, nothing on stdout.
@Suite struct UsageErrorTests {
    @Test(arguments: [
        (["chek"], "granska: error: okänt kommando 'chek' – menade du 'check'?"),
        (["--verison"], "granska: error: okänd flagga '--verison' – menade du '--version'?"),
        (["check", "--formt", "json"], "granska check: error: okänd flagga '--formt' – menade du '--format'?"),
        (["check", "--fail-on", "warning"], "granska check: error: 'warning' är inget giltigt värde för '--fail-on'"),
        (["check", "--no-standard-rules"], "granska check: error: --no-standard-rules utan --rules lämnar inga regler att köra"),
        (["run", "--outputs", "data,fynd"], "granska run: error: 'fynd' är ingen utdatagrupp för --outputs"),
        (["run", "--outputs", "findngs"], "– menade du 'findings'?"),
        (["run", "--date", "2025-02-30"], "granska run: error: '2025-02-30' är inget datum på formen ÅÅÅÅ-MM-DD"),
        (["declare", "Examples/omgang-2024"], "granska declare: error: -o OUT saknas"),
        (["inspect"], "granska inspect: error: argumentet FIL saknas"),
        (["rates", "a", "b"], "granska rates: error: oväntat argument 'b'"),
        (["reconcile", "--format", "sarif"], "'sarif' är inget giltigt värde för '--format' (välj bland text, json, csv)"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) {
        let r = granska(arguments)
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        if arguments.count > 1 || arguments.first.map({ !$0.hasPrefix("-") && GranskaCommand.subcommand(named: $0) != nil }) == true {
            #expect(r.stderr.contains("Användning: granska \(arguments[0])"))
        }
    }

    @Test(arguments: ["run", "check", "reconcile", "rates"])
    func missingDirectoryIsAnInputError(command: String) {
        let r = granska([command, "finns/inte"])
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "finns/inte: error: mappen finns inte eller är ingen mapp [input.missing-directory]\n")
    }

    @Test func missingExampleIsAClearError() throws {
        let empty = try Fixtures.temporaryDirectory("granska-cwd")
        defer { try? FileManager.default.removeItem(at: empty) }
        let r = granska(["check"], cwd: empty.path)
        #expect(r.code == 2)
        #expect(r.stderr.contains("exempelomgången Examples/omgang-2024 hittades inte"))
        #expect(r.stderr.contains("[input.no-example]"))
    }

    @Test func exampleIsFoundByWalkingUp() throws {
        let deep = Fixtures.root.appendingPathComponent("Sources/GranskaCLI").path
        let context = CommandContext(output: CapturedOutput().output, currentDirectory: deep, executablePath: nil, environment: [:])
        let found = try RoundLocator.locate(nil, context)
        #expect(URL(fileURLWithPath: found).standardizedFileURL.path.hasSuffix("Examples/omgang-2024"))
        #expect(FileManager.default.fileExists(atPath: URL(fileURLWithPath: found).appendingPathComponent("svar.csv").path))
    }

    @Test func exampleIsFoundFromTheExecutable() throws {
        let empty = try Fixtures.temporaryDirectory("granska-cwd")
        defer { try? FileManager.default.removeItem(at: empty) }
        let exe = Fixtures.root.appendingPathComponent(".build/debug/granska").path
        let context = CommandContext(output: CapturedOutput().output, currentDirectory: empty.path, executablePath: exe, environment: [:])
        let found = try RoundLocator.locate(nil, context)
        #expect(found == Fixtures.exampleRound.standardizedFileURL.path)
    }

    @Test func exitCodeTableIsTheDocumentedOne() {
        #expect(ExitCode.allCases.map(\.rawValue) == [0, 1, 2])
    }
}
