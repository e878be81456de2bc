import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// Hostile input through the command line, as an unattended CI job meets it: exit code 2 and one
/// Swedish line on stderr naming the file for input that cannot be trusted, nothing written; a
/// note and the run going on for what the loader can read honestly. Output-folder failures are
/// in ``AtomicOutputTests`` and ``RunCommandTests``.
@Suite struct HostileCLITests {
    /// A file of ``TestRound`` replaced by bytes, and the error id the run must stop with.
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var file: String
        var bytes: [UInt8]
        var errorID: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "an .xlsx saved as svar.csv", file: "svar.csv", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], errorID: "csv.spreadsheet"),
        Case(id: "an empty omgang.csv", file: "omgang.csv", bytes: [], errorID: "csv.empty-file"),
        Case(
            id: "rekvisitioner.csv with a header only", file: "rekvisitioner.csv",
            bytes: Array("enkat;respondent;fordelat;rekvirerat;aterbetalt\n".utf8), errorID: "round.no-rekvisitioner"),
        Case(
            id: "UTF-16 cut in the middle of a character", file: "omgang.csv",
            bytes: [0xFF, 0xFE] + Array("enkat;population\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x52],
            errorID: "csv.invalid-utf16"),
        Case(
            id: "a binary NUL in svar.csv", file: "svar.csv",
            bytes: Array((TestRound.svarHeader + TestRound.cleanRows[0] + "\u{0}\n").utf8), errorID: "csv.nul-byte"),
    ]

    @Test(arguments: cases)
    func untrustworthyInputExitsTwoAndWritesNothing(_ c: Case) throws {
        let round = try TestRound()
        defer { round.remove() }
        try Data(c.bytes).write(to: round.directory.appendingPathComponent(c.file))
        let out = round.directory.appendingPathComponent("ut")
        let r = granska(["run", round.path, "-o", out.path])
        #expect(r.code == 2, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix(round.path + "/" + c.file) && $0.contains("error: ") && $0.hasSuffix("[\(c.errorID)]") }, "\(r.stderr)")
        #expect(listing(out).isEmpty)
    }

    /// A pipe named svar.csv with no writer: the run ends (exit 2, an empty file) instead of
    /// waiting forever in CI.
    @Test func aPipeInsteadOfAFileEndsTheRun() throws {
        let round = try TestRound()
        defer { round.remove() }
        let svar = round.directory.appendingPathComponent("svar.csv").path
        try FileManager.default.removeItem(atPath: svar)
        #expect(mkfifo(svar, 0o600) == 0)
        let r = granska(["check", round.path])
        #expect(r.code == 2 && r.stderr.contains("[csv.empty-file]"), "\(r.stderr)")
    }

    /// Codes without their leading zero (`1` for län 01) are read as the register's code, shown
    /// as notes, and the answer counts: the check finds nothing else.
    @Test func codesWithoutLeadingZeroAreNotesAndTheRoundChecksClean() throws {
        let rows = TestRound.cleanRows.map { $0.replacingOccurrences(of: "R-X;0", with: "R-X;") }
        let round = try TestRound(extraRows: rows, replaceClean: true)
        defer { round.remove() }
        let r = granska(["check", round.path, "--format", "json"])
        #expect(r.code == 0, "\(r.stdout)\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["regel"] as? String } == ["data.kod-utan-nolla", "data.kod-utan-nolla"])
        #expect(findings.compactMap { $0["respondent"] as? String } == ["01", "03"])
        let messages = findings.compactMap { $0["meddelande"] as? String }
        #expect(messages.first?.contains("länskoden '1' saknar den inledande nollan") == true, "\(messages)")
        #expect(findings.allSatisfy { $0["allvarlighet"] as? String == "info" })
    }

    /// Contact data under survey-tool headings never reaches what `check` prints, in any format.
    @Test(arguments: ["text", "json", "github", "sarif", "junit"])
    func contactDataUnderOtherHeadingsStaysOut(format: String) throws {
        let round = try TestRound(extraRows: [TestRound.unknownEnkatRow])
        defer { round.remove() }
        let svar = round.directory.appendingPathComponent("svar.csv")
        let text = try String(contentsOf: svar, encoding: .utf8)
            .replacingOccurrences(of: "kontaktperson;epost;telefon", with: "Namn;E-postadress;Mobil")
        try Data(text.utf8).write(to: svar)
        let r = granska(["check", round.path, "--format", format])
        #expect(r.code == 1, "\(r.stderr)")
        for secret in ["Testsson", "test.testsson@example.se", "070-0000001", "Provsson", "070-0000002"] {
            #expect(!r.stdout.contains(secret) && !r.stderr.contains(secret), "\(secret) in \(format)")
        }
    }
}
