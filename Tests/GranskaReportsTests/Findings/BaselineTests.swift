import Foundation
import GranskaCore
import GranskaReports
import Testing

@Suite struct BaselineTests {
    @Test func roundTripAcceptsEveryFinding() throws {
        let doc = Baseline.document(for: FindingsFixture.findings)
        let baseline = try Baseline.parse(Data(doc.utf8), file: "baslinje.json")
        let (new, accepted) = baseline.apply(to: FindingsFixture.findings)
        #expect(new.isEmpty)
        #expect(accepted == FindingsFixture.findings.count)
    }

    @Test func onlyNewFindingsRemain() throws {
        let old = Array(FindingsFixture.findings.prefix(3))
        let baseline = try Baseline.parse(Data(Baseline.document(for: old).utf8), file: "b.json")
        let (new, accepted) = baseline.apply(to: FindingsFixture.findings)
        #expect(accepted == 3)
        #expect(Set(new) == Set(FindingsFixture.findings.dropFirst(3)))
    }

    /// Moving a finding to another line, rewording it or moving the folder keeps its fingerprint;
    /// another respondent or insats does not.
    @Test func fingerprintIgnoresLinesMessagesAndFolders() {
        let f = FindingsFixture.findings[0]
        var moved = f
        moved.location = SourceLocation(file: "annan/mapp/svar.csv", line: 500, column: 7)
        moved.meddelande = "omformulerat"
        #expect(FindingFingerprint.of(moved) == FindingFingerprint.of(f))
        var other = f
        other.respondent = "05"
        #expect(FindingFingerprint.of(other) != FindingFingerprint.of(f))
        var otherInsats = f
        otherInsats.insatsNr = 2
        #expect(FindingFingerprint.of(otherInsats) != FindingFingerprint.of(f))
    }

    /// A fingerprint seen twice is accepted twice, not more.
    @Test func repeatedFingerprintsAreCounted() throws {
        let f = FindingsFixture.findings[4]
        var twin = f
        twin.location?.line = 120
        let baseline = Baseline(findings: [f, twin])
        #expect(baseline.counts.values.reduce(0, +) == 2)
        var third = f
        third.location?.line = 130
        let (new, accepted) = baseline.apply(to: [f, twin, third])
        #expect(accepted == 2)
        #expect(new.count == 1)
    }

    @Test(arguments: [
        ("", "inte giltig JSON"),
        ("[]", "ett JSON-objekt"),
        ("{\"version\": 2, \"fynd\": []}", "okänd version"),
        ("{\"version\": 1}", "\"fynd\" saknas"),
        ("{\"version\": 1, \"fynd\": [{\"antal\": 1}]}", "post 1 saknar"),
        ("{\"version\": 1, \"fynd\": [{\"fingeravtryck\": \"x\", \"antal\": 0}]}", "mindre än 1"),
    ])
    func malformedBaselineIsAnInputError(text: String, message: String) {
        do {
            _ = try Baseline.parse(Data(text.utf8), file: "b.json")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.id == "baseline.malformed")
            #expect(error.file == "b.json")
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func documentIsDeterministic() {
        let a = Baseline.document(for: FindingsFixture.findings)
        let b = Baseline.document(for: FindingsFixture.findings.reversed())
        #expect(a == b)
        #expect(a.hasSuffix("\n"))
    }
}
