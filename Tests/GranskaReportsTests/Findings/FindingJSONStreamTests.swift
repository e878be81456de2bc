import GranskaCore
import Testing

@testable import GranskaReports

/// Findings written straight into a JSONStreamWriter are byte for byte their serialised `json`,
/// and the streamed `fynd.json` document is the rendered one, for the edge-case fixture.
@Suite struct FindingJSONStreamTests {
    @Test func eachFindingMatchesItsValue() {
        for f in FindingsFixture.findings {
            for pretty in [true, false] {
                var w = JSONStreamWriter(pretty: pretty)
                f.write(to: &w)
                #expect(w.bytes == f.json.serializedBytes(pretty: pretty), "\(f.regel)")
            }
        }
    }

    @Test(arguments: [0, 1, 3])
    func theStreamedDocumentIsTheRenderedOne(count: Int) throws {
        let report = FindingsFixture.report(findings: Array(FindingsFixture.findings.prefix(count)))
        var streamed: [UInt8] = []
        JSONFindingsRenderer().stream(report) { streamed += $0 }
        #expect(streamed == Array(JSONFindingsRenderer().render(report).utf8))
    }
}
