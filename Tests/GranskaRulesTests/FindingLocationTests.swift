import Foundation
import GranskaCore
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaRules

/// A finding about a field points at that field's cell, so an editor, a SARIF viewer or a GitHub
/// annotation lands on the amount or text the rule is about.
@Suite struct FindingLocationTests {
    /// The file's physical lines as a reader counts them (LF, CRLF or CR ends a line).
    static func lines(_ text: String) -> [Substring] {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// What the file holds at a location: the rest of that line from the column (in characters).
    static func text(at location: GranskaCore.SourceLocation, in lines: [Substring]) -> Substring {
        let line = lines[location.line - 1]
        return line.dropFirst(location.column - 1)
    }

    /// Every amount finding of the standard rules on the example round starts at the typed
    /// amount, across multi-line text cells and å, ä, ö before it.
    @Test func amountFindingsPointAtTheMedelCell() throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        let lines = Self.lines(try String(contentsOf: Fixtures.exampleRound.appendingPathComponent("svar.csv"), encoding: .utf8))
        let byKey = Dictionary(
            omgang.insatser.map { (SvarKey(enkat: $0.enkat, respondent: $0.respondent), $0) }.filter { $0.1.insatsNr != nil }
                .map { ("\($0.0)#\($0.1.insatsNr!)#\($0.1.location.line)", $0.1) }, uniquingKeysWith: { a, _ in a })
        let amountRules = outcome.findings.filter { $0.regel == "std.negativt" || $0.regel.hasPrefix("std.format") }
        #expect(amountRules.count >= 20)
        var checked = 0
        for finding in amountRules {
            guard let nr = finding.insatsNr else { continue }
            let candidates = byKey.values.filter {
                $0.enkat == finding.enkat && $0.respondent == finding.respondent && $0.insatsNr == nr
            }
            guard let insats = candidates.first(where: { $0.location(ofColumn: "medel") == finding.location }) else {
                Issue.record("no insats's medel cell is at \(finding.location): \(finding.meddelande)")
                continue
            }
            let location = try #require(finding.location)
            let at = Self.text(at: location, in: lines)
            let typed = insats.medel.text
            #expect(at.hasPrefix(typed) || at.hasPrefix("\"" + typed), "\(finding.location): '\(at.prefix(30))' vs '\(typed)'")
            #expect(location.column > 1)
            checked += 1
        }
        #expect(checked == amountRules.count)
    }

    /// A cell after a text cell that spans lines is on a later line than its record, at the
    /// column counted in characters from that line's start.
    @Test func aCellAfterALineBreakIsOnItsOwnLine() throws {
        let folder = try Fixtures.temporaryDirectory("granska-cell")
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Fixtures.exampleRound
        for name in ["omgang.csv", "rekvisitioner.csv"] {
            try FileManager.default.copyItem(at: example.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let svar = "enkat;respondent;inskickad;insats_nr;titel;aktiviteter;mal;prestationer;effekter;status;malgrupp;medel\r\n"
            + "K-KUN;0114;2025-03-01T10:00;1;Titel;\"Första raden\r\nÅtta åtgärder\";;;;genomförd;barn;12 tkr\r\n"
        try Data(svar.utf8).write(to: folder.appendingPathComponent("svar.csv"))
        let omgang = try RoundLoader.load(directory: folder.path)
        let insats = try #require(omgang.insatser.first)
        #expect(insats.location.line == 2 && insats.location.column == 1)
        let medel = insats.location(ofColumn: "medel")
        #expect(medel.line == 3)
        #expect(medel.column == "Åtta åtgärder\";;;;genomförd;barn;".count + 1)
        #expect(insats.location(ofColumn: "titel") == GranskaCore.SourceLocation(file: medel.file, line: 2, column: "K-KUN;0114;2025-03-01T10:00;1;".count + 1))
        #expect(insats.location(ofColumn: "respondent") == insats.location, "not an insats field: the record")
        let finding = RuleEngine.run(RuleSet.standard, on: omgang).findings.first { $0.regel.hasPrefix("std.format") }
        #expect(finding?.location == medel)
    }
}
