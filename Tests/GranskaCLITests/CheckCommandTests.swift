import Foundation
import GranskaTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import GranskaCLI

@Suite struct CheckCommandTests {
    @Test func cleanRoundExitsZero() throws {
        let round = try TestRound()
        defer { round.remove() }
        let r = granska(["check", round.path])
        #expect(r.code == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.contains("På eller över tröskeln (fel): 0"))
    }

    @Test func errorFindingExitsOneUnlessNever() throws {
        let round = try TestRound(extraRows: [TestRound.unknownEnkatRow])
        defer { round.remove() }
        let r = granska(["check", round.path])
        #expect(r.code == 1)
        #expect(r.stdout.contains("[data.okand-enkat]"))
        #expect(r.stdout.contains(round.path + "/svar.csv:4:1: fel: "))
        #expect(granska(["check", round.path, "--fail-on", "never"]).code == 0)
        #expect(granska(["check", round.path, "--fail-on", "info"]).code == 1)
    }

    @Test func warningFailsOnlyFromVarning() throws {
        let late = TestRound.cleanRows[1].replacingOccurrences(of: "2025-03-02T11:00", with: "den andra mars")
        let round = try TestRound(extraRows: [TestRound.cleanRows[0], late], replaceClean: true)
        defer { round.remove() }
        let r = granska(["check", round.path, "--format", "json"])
        #expect(r.stdout.contains("\"regel\": \"data.inskickad\""))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let summary = try #require(root["sammanfattning"] as? [String: Any])
        #expect(r.code == ((summary["fel"] as? Int ?? 0) > 0 ? 1 : 0))
        #expect(granska(["check", round.path, "--fail-on", "varning"]).code == 1)
    }

    @Test func jsonDocumentHasTheContractKeys() throws {
        let round = try TestRound(extraRows: [TestRound.unknownEnkatRow])
        defer { round.remove() }
        let r = granska(["check", round.path, "--format", "json"])
        #expect(r.code == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        #expect(root["verktyg"] as? String == "granska")
        #expect(root["sammanfattning"] is [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for f in findings {
            for key in ["regel", "feltyp", "allvarlighet", "enkat", "respondent", "insats_nr", "fil", "rad", "kolumn", "meddelande"] {
                #expect(f.keys.contains(key), "finding lacks \(key)")
            }
        }
    }

    @Test func junitAndSarifAndGithubParse() throws {
        let round = try TestRound(extraRows: [TestRound.unknownEnkatRow])
        defer { round.remove() }
        let junit = granska(["check", round.path, "--format", "junit"])
        #expect(junit.code == 1)
        let parser = XMLParser(data: Data(junit.stdout.utf8))
        #expect(parser.parse())
        #expect(junit.stdout.contains("<failure "))

        let sarif = granska(["check", round.path, "--format", "sarif"])
        #expect(sarif.code == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "data.okand-enkat" && $0["level"] as? String == "error" })

        let github = granska(["check", round.path, "--format", "github"])
        #expect(github.code == 1)
        let lines = github.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("::error file=") == true)
        #expect(lines.last?.hasPrefix("::notice::granska: ") == true)
    }

    @Test func baselineRoundTrip() throws {
        let round = try TestRound(extraRows: [TestRound.unknownEnkatRow])
        defer { round.remove() }
        let baseline = round.directory.appendingPathComponent("baslinje.json").path
        let first = granska(["check", round.path, "--write-baseline", baseline])
        #expect(first.code == 1)
        #expect(FileManager.default.fileExists(atPath: baseline))
        let second = granska(["check", round.path, "--baseline", baseline])
        #expect(second.code == 0, "\(second.stdout)")
        #expect(second.stdout.contains("Godtagna av baslinjen (räknas inte): "))
        // A new error on top of the accepted ones fails again, and only it counts.
        let worse = try TestRound(extraRows: [TestRound.unknownEnkatRow, TestRound.unknownEnkatRow.replacingOccurrences(of: "X-YZ", with: "Y-ZZ")])
        defer { worse.remove() }
        try FileManager.default.copyItem(atPath: baseline, toPath: worse.directory.appendingPathComponent("b.json").path)
        let third = granska(["check", worse.path, "--baseline", worse.directory.appendingPathComponent("b.json").path, "--format", "json"])
        #expect(third.code == 1)
        #expect(third.stdout.contains("Y-ZZ"))
        #expect(!third.stdout.contains("\"enkat\": \"X-YZ\""))
    }

    @Test func unreadableBaselineIsExitTwo() throws {
        let round = try TestRound()
        defer { round.remove() }
        let missing = granska(["check", round.path, "--baseline", round.directory.appendingPathComponent("nej.json").path])
        #expect(missing.code == 2)
        #expect(missing.stderr.contains("[baseline.unreadable]"))
        let bad = round.directory.appendingPathComponent("bad.json")
        try Data("{\"version\": 7}".utf8).write(to: bad)
        let malformed = granska(["check", round.path, "--baseline", bad.path])
        #expect(malformed.code == 2)
        #expect(malformed.stderr.contains("[baseline.malformed]"))
        #expect(malformed.stdout.isEmpty)
    }

    @Test func malformedInputIsExitTwoNeverZero() throws {
        let round = try TestRound()
        defer { round.remove() }
        try Data("enkat;respondent;fordelat;rekvirerat;aterbetalt\nR-X;01;12x;300000;0\n".utf8)
            .write(to: round.directory.appendingPathComponent("rekvisitioner.csv"))
        for args in [["check", round.path], ["check", round.path, "--fail-on", "never"], ["run", round.path]] {
            let r = granska(args)
            #expect(r.code == 2, "\(args)")
            #expect(r.stderr.contains("rekvisitioner.csv:2:"), "\(r.stderr)")
        }
        try FileManager.default.removeItem(at: round.directory.appendingPathComponent("svar.csv"))
        let r = granska(["check", round.path])
        #expect(r.code == 2)
    }

    /// Two runs, every format: byte-identical output.
    @Test(arguments: ["text", "json", "junit", "sarif", "github"])
    func deterministic(format: String) {
        let a = granska(["check", "Examples/omgang-2024", "--format", format])
        let b = granska(["check", "Examples/omgang-2024", "--format", format])
        #expect(a.code == b.code)
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
        #expect(ContactData.leaked(in: a.stdout).isEmpty)
    }
}

@Suite struct GitHubSummaryTests {
    @Test func githubFormatAppendsTheJobSummary() throws {
        let round = try TestRound(extraRows: [TestRound.unknownEnkatRow])
        defer { round.remove() }
        let summary = round.directory.appendingPathComponent("step-summary.md")
        try Data("tidigare steg\n".utf8).write(to: summary)
        let r = granska(["check", round.path, "--format", "github"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(r.code == 1)
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("tidigare steg\n### granska: "))
        #expect(text.contains("| `data.okand-enkat` | – | fel | 1 |"))
        // Other formats leave it alone.
        _ = granska(["check", round.path, "--format", "json"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(try String(contentsOf: summary, encoding: .utf8) == text)
    }
}
