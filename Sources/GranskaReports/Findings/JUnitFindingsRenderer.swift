import GranskaCore

/// `granska check --format junit`: JUnit XML as Jenkins, GitLab and most CI systems read it.
///
/// One `<testsuite name="granska">` inside `<testsuites>`, one `<testcase>` per rule or check
/// (`classname` = `granska.<feltyp>` or `granska.kontroll`, `name` = the rule id), and one
/// `<failure>` per finding (`message` = the finding's position and message, `type` = its severity,
/// `fel`, `varning` or `info`). JUnit has no warning state, so every finding fails its test case
/// (Jenkins shows that as "unstable"); what fails the run is the exit code, decided by
/// `--fail-on`, which the `troskel` property records. `time` is always 0 so output is deterministic.
public struct JUnitFindingsRenderer: FindingsRenderer {
    public init() {}

    public func render(_ report: FindingsReport) -> String {
        var byRule: [String: [Finding]] = [:]
        for f in report.findings { byRule[f.regel, default: []].append(f) }
        let tests = report.ruleStats.count
        let failures = report.failingCount
        var failingCases = 0
        for stat in report.ruleStats where byRule[stat.id] != nil { failingCases += 1 }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"granska\" tests=\"\(tests)\" failures=\"\(failingCases)\" errors=\"0\" time=\"0\">\n"
        out += "  <testsuite name=\"granska\" tests=\"\(tests)\" failures=\"\(failingCases)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"verktygsversion\" value=\"\(report.toolVersion.xmlEscaped(attribute: true))\"/>\n"
        out += "      <property name=\"troskel\" value=\"\(report.threshold?.rawValue ?? "never")\"/>\n"
        out += "      <property name=\"fynd\" value=\"\(report.findings.count)\"/>\n"
        out += "      <property name=\"fynd_over_troskel\" value=\"\(failures)\"/>\n"
        out += "      <property name=\"accepterade_av_baslinje\" value=\"\(report.acceptedByBaseline)\"/>\n"
        out += "    </properties>\n"
        for stat in report.ruleStats {
            let findings = byRule[stat.id] ?? []
            let classname = "granska." + (stat.feltyp ?? "kontroll")
            out += "    <testcase classname=\"\(classname.xmlEscaped(attribute: true))\" name=\"\(stat.id.xmlEscaped(attribute: true))\""
            out += " time=\"0\""
            if findings.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n"
            for f in findings {
                let message = Self.message(f)
                out += "      <failure message=\"\(message.xmlEscaped(attribute: true))\" type=\"\(f.allvarlighet.rawValue)\">"
                out += message.xmlEscaped() + "</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n"
        out += "</testsuites>\n"
        return out
    }

    /// `file:line:column: enkät E, respondent R, insats n: message`.
    static func message(_ f: Finding) -> String {
        var parts: [String] = []
        if let e = f.enkat { parts.append("enkät \(e)") }
        if let r = f.respondent { parts.append("respondent \(r)") }
        if let n = f.insatsNr { parts.append("insats \(n)") }
        var s = f.location.map { "\($0): " } ?? ""
        if !parts.isEmpty { s += parts.joined(separator: ", ") + ": " }
        return s + f.meddelande
    }
}
