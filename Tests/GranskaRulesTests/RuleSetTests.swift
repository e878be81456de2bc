import Foundation
import GranskaCore
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaRules

@Suite struct RuleSetTests {
    static var egna: String { Fixtures.file("rules/egna").path }
    static var trasiga: String { Fixtures.file("rules/trasiga").path }

    /// The embedded copy of the standard rules is the files in `Rules/`: run
    /// `python3 Scripts/generate-standard-rules.py` when this fails.
    @Test func embeddedStandardRulesMatchTheFiles() throws {
        let folder = Fixtures.root.appendingPathComponent("Rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".regler") }.sorted()
        let files = try names.map { name in
            ("Rules/\(name)", try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        #expect(files.map(\.0) == StandardRules.sources.map(\.file), "run python3 Scripts/generate-standard-rules.py")
        for ((file, text), embedded) in zip(files, StandardRules.sources) {
            #expect(text == embedded.text, "\(file) differs from its embedded copy: run python3 Scripts/generate-standard-rules.py")
        }
    }

    @Test func standardRulesHaveTheContractsTypesAndSeverities() {
        let rules = RuleSet.standard.rules
        let summary = rules.map { "\($0.id) \($0.feltyp ?? "-") \($0.allvarlighet.rawValue) \($0.scope.rawValue) \($0.atgard?.rawValue ?? "-")" }
        #expect(
            summary == [
                "std.ofullstandig ofullstandig fel insats uteslut",
                "std.negativt negativt varning insats -",
                "std.format.tolkat format info insats -",
                "std.format.olasligt format fel insats -",
                "std.dubblett dubblett varning insats stryk",
                "std.okand_respondent okand_respondent fel svar uteslut_svar",
                "std.ej_rekvirerat ej_rekvirerat varning svar uteslut_svar",
                "std.sen sen varning svar -",
                "std.dubbel_inskickning dubbel_inskickning info svar -",
            ])
        // Severities as the contract suggests (format: info when read, fel when unreadable).
        for rule in rules where rule.id != "std.format.olasligt" {
            #expect(Feltyp(rawValue: rule.feltyp ?? "")?.suggestedAllvarlighet == rule.allvarlighet, "\(rule.id)")
        }
        #expect(rules.allSatisfy { $0.location.file == "Rules/standard.regler" && $0.beskrivning != nil })
    }

    /// A statistician's own rule files load beside the standard rules; the one with the id
    /// `std.sen` replaces the standard rule and sets late answers aside.
    @Test func userRuleFilesLoadAndWork() throws {
        let set = try RuleSet.load(directories: [Self.egna], includeStandard: true)
        #expect(set.diagnostics.isEmpty)
        let standardIDs = RuleSet.standard.rules.map(\.id).filter { $0 != "std.sen" }
        #expect(set.rules.map(\.id) == standardIDs + ["std.sen", "egen.stort_belopp", "egen.mycket_over", "egen.status"])
        #expect(set.rules.first { $0.id == "std.sen" }?.location.file.hasSuffix("egna/egna.regler") == true)

        let round = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(set, on: round)
        let late = outcome.findings.filter { $0.regel == "std.sen" }
        #expect(late.count == 13)
        #expect(late.allSatisfy { $0.meddelande.hasSuffix(": det läggs åt sidan") })
        let setAside = outcome.rensning.uteslutnaSvar.filter { $0.value == "std.sen" }
        #expect(Set(setAside.keys) == Set(late.map { SvarKey(enkat: $0.enkat ?? "", respondent: $0.respondent ?? "") }))

        let standard = RuleEngine.run(.standard, on: round)
        #expect(standard.rensning.uteslutnaSvar.count + 13 == outcome.rensning.uteslutnaSvar.count)
    }

    @Test func userRulesFlagWhatTheySay() throws {
        let set = try RuleSet.load(directories: [Self.egna], includeStandard: false)
        #expect(set.rules.map(\.id) == ["std.sen", "egen.stort_belopp", "egen.mycket_over", "egen.status"])
        let round = TestRound.omgang([
            TestRound.insats("K", "0114", nr: 1, line: 2, titel: " Stort ", status: "klar", medel: TestRound.belopp("3000000")),
            TestRound.insats("L", "01", nr: 1, line: 3, medel: TestRound.belopp("3000000")),
        ])
        let findings = RuleEngine.run(set, on: round).findings
        #expect(
            findings.map { "\($0.regel): \($0.meddelande)" } == [
                "egen.mycket_over: Summan 3 000 000 kr är mer än dubbelt rekvirerat (500 000 kr)",
                "egen.status: Okänd status 'klar'",
                "egen.stort_belopp: Insatsen 'Stort' har ett stort belopp för en kommun: 3 000 000 kr",
            ])
    }

    @Test func aSingleFileCanBeGiven() throws {
        let set = try RuleSet.load(directories: [Self.egna + "/status.regler"], includeStandard: false)
        #expect(set.rules.map(\.id) == ["egen.status"])
    }

    /// Every problem of every file, at once, drawn with its line and caret.
    @Test func badRuleFilesThrowWithAllDiagnostics() throws {
        let error = try #require(throws: RuleFileError.self) {
            try RuleSet.load(directories: [Self.trasiga], includeStandard: true)
        }
        let dir = Self.trasiga
        #expect(
            error.diagnostics.map { "\($0.location) \($0.id)" } == [
                "\(dir)/a.regler:6:16 rules.unknown-field",
                "\(dir)/b.regler:2:16 rules.unknown-severity",
                "\(dir)/c.regler:1:1 rules.encoding",
            ])
        #expect(
            error.description == """
                \(dir)/a.regler:6:16: error: okänt fält 'medl' – menade du 'medel'? [rules.unknown-field]
                  när          medl > 0
                               ^~~~
                \(dir)/b.regler:2:16: error: okänd allvarlighet 'varnig' – menade du 'varning'? (fel, varning eller info) [rules.unknown-severity]
                  allvarlighet varnig
                               ^~~~~~
                \(dir)/c.regler:1:1: error: regelfilen är inte giltig UTF-8 (ogiltig byte vid position 26); spara den som UTF-8 [rules.encoding]
                """)
        #expect(error.inputErrors.map(\.id) == ["rules.unknown-field", "rules.unknown-severity", "rules.encoding"])
        #expect(error.inputError.location == SourceLocation(file: "\(dir)/a.regler", line: 6, column: 16))
    }

    @Test func missingFolderIsReported() throws {
        let error = try #require(throws: RuleFileError.self) {
            try RuleSet.load(directories: ["/finns/inte"], includeStandard: true)
        }
        #expect(error.diagnostics.map(\.message) == ["hittar inte regelmappen eller regelfilen '/finns/inte'"])
        #expect(error.diagnostics.map(\.id) == ["rules.file-unreadable"])
    }

    @Test func sameIDInTwoUserFilesIsAnError() throws {
        let dir = try Fixtures.temporaryDirectory("regler")
        defer { try? FileManager.default.removeItem(at: dir) }
        let rule = "regel egen.x\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"m\"\n"
        try rule.write(to: dir.appendingPathComponent("a.regler"), atomically: true, encoding: .utf8)
        try ("# en kommentar\n" + rule).write(to: dir.appendingPathComponent("b.regler"), atomically: true, encoding: .utf8)
        try "inte en regelfil".write(to: dir.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let error = try #require(throws: RuleFileError.self) {
            try RuleSet.load(directories: [dir.path], includeStandard: false)
        }
        #expect(error.diagnostics.map(\.message) == ["regeln 'egen.x' finns redan i \(dir.path)/a.regler:1"])
        #expect(error.diagnostics.map(\.location.line) == [2])
        #expect(error.diagnostics.map(\.location.column) == [7])
    }

    @Test func warningsTravelWithTheRuleSet() throws {
        let dir = try Fixtures.temporaryDirectory("regler")
        defer { try? FileManager.default.removeItem(at: dir) }
        let rule = "regel egen.x\n  feltyp egen\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"m\"\n"
        try rule.write(to: dir.appendingPathComponent("a.regler"), atomically: true, encoding: .utf8)
        let set = try RuleSet.load(directories: [dir.path], includeStandard: false)
        #expect(set.diagnostics.map(\.id) == ["rules.unknown-feltyp"])
        #expect(set.rules.count == 1)
    }
}
