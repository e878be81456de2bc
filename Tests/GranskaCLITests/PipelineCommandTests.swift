import Foundation
import GranskaTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import GranskaCLI

/// The commands on the example round with the real rules and reconciliation.
@Suite struct PipelineCommandTests {
    static let example = "Examples/omgang-2024"

    @Test func checkFailsOnThePlantedErrors() throws {
        let r = granska(["check", Self.example, "--format", "json"])
        #expect(r.code == 1)
        #expect(r.stderr.isEmpty)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        // Every planted defect type of the facit shows up as a feltyp.
        let facit = try String(contentsOf: Fixtures.facit, encoding: .utf8)
        let planted = Set(facit.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ";", omittingEmptySubsequences: false).dropFirst(3).first.map(String.init) })
        let found = Set(findings.compactMap { $0["feltyp"] as? String })
        #expect(planted.isSubset(of: found), "missing: \(planted.subtracting(found))")
        #expect(granska(["check", Self.example, "--fail-on", "never"]).code == 0)
    }

    @Test func junitHasOneTestCasePerRule() throws {
        let r = granska(["check", Self.example, "--format", "junit"])
        #expect(r.code == 1)
        final class Names: NSObject, XMLParserDelegate {
            var cases: [String] = []
            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if e == "testcase", let n = attributes["name"] { cases.append(n) }
            }
        }
        let names = Names()
        let parser = XMLParser(data: Data(r.stdout.utf8))
        parser.delegate = names
        #expect(parser.parse())
        #expect(Set(names.cases).count == names.cases.count)
        #expect(names.cases.contains("std.ofullstandig"))
        #expect(names.cases.contains { $0.hasPrefix("avst.") })
    }

    @Test(arguments: ["trasiga", "finns-inte"])
    func badRuleFileIsExitTwoWithEveryProblem(folder: String) {
        let r = granska(["check", Self.example, "--rules", "Tests/Fixtures/rules/\(folder)"])
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(": error: "))
        if folder == "trasiga" {
            #expect(r.stderr.contains("a.regler:6:16: error: okänt fält 'medl' – menade du 'medel'?"))
            #expect(r.stderr.contains("b.regler:"))
            #expect(r.stderr.contains("c.regler:"))
        }
        #expect(granska(["run", Self.example, "--rules", "Tests/Fixtures/rules/\(folder)"]).code == 2)
    }

    @Test func ownRulesRunBesideTheStandardRules() {
        let r = granska(["check", Self.example, "--rules", "Tests/Fixtures/rules/egna", "--format", "junit", "--fail-on", "never"])
        #expect(r.code == 0)
        #expect(r.stdout.contains("name=\"egen.stort_belopp\""))
        #expect(r.stdout.contains("name=\"egen.status\""))
        let only = granska(["check", Self.example, "--rules", "Tests/Fixtures/rules/egna", "--no-standard-rules", "--format", "json"])
        #expect(!only.stdout.contains("\"regel\": \"std.ofullstandig\""))
    }

    @Test func reconcileFormats() throws {
        let text = granska(["reconcile", Self.example])
        #expect(text.code == 0)
        #expect(text.stdout.contains("Enkät R-BU – "))
        #expect(text.stdout.contains("01: S 112 690 622, T 114 143 863"))
        let json = granska(["reconcile", Self.example, "--format", "json"])
        #expect(json.code == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let rows = try #require(root["avstamning"] as? [[String: Any]])
        #expect(rows.contains { $0["enkat"] as? String == "R-BU" && $0["respondent"] as? String == "01" && $0["T"] as? Int == 114_143_863 })
        let csv = granska(["reconcile", Self.example, "--format", "csv"])
        #expect(csv.code == 0)
        #expect(csv.stdout.hasPrefix("enkat;respondent;klass;S;T;"))
        #expect(csv.stdout.split(separator: "\n").count == rows.count + 1)
        for out in [text.stdout, json.stdout, csv.stdout] {
            #expect(ContactData.leaked(in: out).isEmpty)
        }
    }

    @Test func runWritesAuditAndCleanedData() throws {
        let out = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["run", Self.example, "-o", out.path, "--outputs", "data,audit"])
        #expect(r.code == 0)
        #expect(listing(out) == ["granskningsspar.csv", "granskningsspar.json", "rensad.csv"])
        let rensad = try String(contentsOf: out.appendingPathComponent("rensad.csv"), encoding: .utf8)
        #expect(rensad.hasPrefix("enkat;respondent;inskickad;insats_nr;"))
        #expect(!rensad.contains("kontaktperson"))
    }
}

@Suite struct RatesCommandTests {
    @Test func ratesFormats() throws {
        let text = granska(["rates", "Examples/omgang-2024"])
        #expect(text.code == 0)
        #expect(text.stdout.contains("Enkät R-BU (regioner), bas: undersökningspopulationen"))
        #expect(text.stdout.contains("Svarande:                 19 (i tid 18, sena 1) – 19/21 = 90 %"))
        let json = granska(["rates", "Examples/omgang-2024", "--format", "json"])
        #expect(json.code == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["verktyg"] as? String == "granska")
        let rates = try #require(root["svarsfrekvens"] as? [[String: Any]])
        #expect(rates.count == 7)
        let csv = granska(["rates", "Examples/omgang-2024", "--format", "csv"])
        #expect(csv.code == 0)
        #expect(csv.stdout.hasPrefix("enkat;matt;"))
        #expect(granska(["rates", "Examples/omgang-2024"]).stdout == text.stdout)
        for out in [text.stdout, json.stdout, csv.stdout] { #expect(ContactData.leaked(in: out).isEmpty) }
    }

    @Test func runWritesRatesAndCountsRespondents() throws {
        let out = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["run", "Examples/omgang-2024", "-o", out.path, "--outputs", "rates"])
        #expect(r.code == 0)
        #expect(listing(out) == ["svarsfrekvens.csv", "svarsfrekvens.json"])
        #expect(r.stdout.contains("Svarande:                 19 av 21 (90 %)"))
    }
}
