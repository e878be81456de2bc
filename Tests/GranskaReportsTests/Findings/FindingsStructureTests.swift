import Foundation
import GranskaCore
#if canImport(FoundationXML)
import FoundationXML
#endif
import GranskaReports
import Testing

/// The required structure of JUnit XML and SARIF 2.1.0, checked by parsing the output.
@Suite struct FindingsStructureTests {
    /// Collects elements and their attributes from JUnit XML.
    final class JUnitCollector: NSObject, XMLParserDelegate {
        var stack: [String] = []
        var elements: [(path: String, attributes: [String: String])] = []
        var text: [String: String] = [:]
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(name)
            elements.append((stack.joined(separator: "/"), attributes))
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text[stack.joined(separator: "/"), default: ""] += string
        }
        func all(_ path: String) -> [[String: String]] { elements.filter { $0.path == path }.map(\.attributes) }
    }

    @Test(arguments: [Allvarlighet.info, .varning, .fel, nil])
    func junitHasTheRequiredStructure(threshold: Allvarlighet?) throws {
        let report = FindingsFixture.report(threshold: threshold)
        let xml = JUnitFindingsRenderer().render(report)
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = JUnitCollector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")

        #expect(collector.elements.first?.path == "testsuites")
        let suites = collector.all("testsuites/testsuite")
        #expect(suites.count == 1)
        let suite = try #require(suites.first)
        #expect(suite["name"] == "granska")
        let cases = collector.all("testsuites/testsuite/testcase")
        // One test case per rule: the four with statistics plus the three found only in findings.
        #expect(cases.count == 7)
        #expect(suite["tests"] == String(cases.count))
        for c in cases {
            #expect(c["name"] != nil && c["classname"] != nil)
        }
        #expect(Set(cases.compactMap { $0["name"] }).count == cases.count)
        // One failure per finding, typed with its severity, whatever the threshold.
        let failures = collector.all("testsuites/testsuite/testcase/failure")
        #expect(failures.count == FindingsFixture.findings.count)
        for f in failures { #expect(f["message"] != nil && ["fel", "varning", "info"].contains(f["type"] ?? "")) }
        #expect(suite["failures"] == String(Set(FindingsFixture.findings.map(\.regel)).count))
        // The threshold and how many findings reach it are recorded as properties.
        let properties = Dictionary(
            uniqueKeysWithValues: collector.all("testsuites/testsuite/properties/property").compactMap { p in
                p["name"].map { ($0, p["value"] ?? "") }
            })
        let failing = FindingsFixture.findings.filter { f in threshold.map { f.allvarlighet >= $0 } ?? false }
        #expect(properties["troskel"] == threshold?.rawValue ?? "never")
        #expect(properties["fynd_over_troskel"] == String(failing.count))
    }

    @Test func junitEscapesHostileText() throws {
        let f = Finding(
            regel: "r<&>\"'", feltyp: nil, allvarlighet: .fel, enkat: "E", respondent: "R", insatsNr: nil,
            location: nil, meddelande: "a <b> & \"c\" 'd' \u{1}\u{B} ]]> slut")
        let xml = JUnitFindingsRenderer().render(FindingsReport(findings: [f], toolVersion: "1"))
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = JUnitCollector()
        parser.delegate = collector
        #expect(parser.parse())
        let failure = try #require(collector.all("testsuites/testsuite/testcase/failure").first)
        #expect(failure["message"] == "enkät E, respondent R: a <b> & \"c\" 'd' ?? ]]> slut")
        #expect(collector.all("testsuites/testsuite/testcase").first?["name"] == "r<&>\"'")
    }

    @Test func sarifHasTheRequiredStructure() throws {
        var report = FindingsFixture.report()
        report.fallbackLocation = SourceLocation(file: "omgang/svar.csv", line: 1, column: 1)
        let text = SARIFFindingsRenderer().render(report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        #expect((root["$schema"] as? String)?.contains("sarif") == true)
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "granska")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(ruleIDs.count == rules.count && Set(ruleIDs).count == rules.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == FindingsFixture.findings.count)
        for r in results {
            let ruleId = try #require(r["ruleId"] as? String)
            #expect(ruleIDs.contains(ruleId))
            if let index = r["ruleIndex"] as? Int { #expect(ruleIDs[index] == ruleId) }
            #expect(["error", "warning", "note"].contains(r["level"] as? String ?? ""))
            #expect(((r["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let locations = try #require(r["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(URL(string: uri) != nil, "not a URI reference: \(uri)")
            let region = try #require(physical["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
            #expect((r["partialFingerprints"] as? [String: Any])?["granska/v1"] is String)
        }
        let levels = results.compactMap { $0["level"] as? String }
        #expect(levels.filter { $0 == "error" }.count == 2)
        #expect(levels.filter { $0 == "note" }.count == 1)
    }

    @Test(arguments: [
        ("plain", "plain", "plain"),
        ("100%", "100%25", "100%25"),
        ("a\nb", "a%0Ab", "a%0Ab"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("k: v, w", "k: v, w", "k%3A v%2C w"),
        ("%0A", "%250A", "%250A"),
    ])
    func githubEscaping(input: String, data: String, property: String) {
        let f = Finding(
            regel: "r", feltyp: nil, allvarlighet: .varning, enkat: nil, respondent: nil, insatsNr: nil,
            location: SourceLocation(file: input, line: 2, column: 3), meddelande: input)
        let out = GitHubFindingsRenderer().render(FindingsReport(findings: [f], toolVersion: "1"))
        let first = out.split(separator: "\n", omittingEmptySubsequences: false)[0]
        #expect(first == "::warning file=\(property),line=2,col=3,title=granska r::\(data)")
        #expect(out.hasSuffix("::notice::granska: 1 fynd (fel: 0, varning: 1, info: 0), 0 på eller över tröskeln fel\n"))
    }

    @Test func githubPrintsTheMostSevereFirst() {
        let out = GitHubFindingsRenderer().render(FindingsFixture.report())
        let order = out.split(separator: "\n").map { line -> Int in
            if line.hasPrefix("::error") { return 0 }
            if line.hasPrefix("::warning") { return 1 }
            return 2
        }
        #expect(order == order.sorted())
        #expect(order.count == FindingsFixture.findings.count + 1)
        #expect(out.split(separator: "\n").last?.hasPrefix("::notice::") == true)
    }
}
