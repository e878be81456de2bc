import GranskaCore

/// `granska check --format text`: Swedish, grouped by enkät and respondent, with counts.
///
/// Each finding is one line (line breaks in a message are shown as `↵`) in the form editors understand,
/// `  svar.csv:14:1: fel: meddelande [regel]`, under a heading per enkät and per respondent.
/// Findings without an enkät come last under "Övrigt". The report ends with counts per severity
/// and per feltyp, how many findings are at or above the threshold, and how many a baseline accepted.
public struct TextFindingsRenderer: FindingsRenderer {
    public init() {}

    public func render(_ report: FindingsReport) -> String {
        var out = ""
        if report.findings.isEmpty {
            out += "Inga fynd.\n"
        }
        var byEnkat: [String: [Finding]] = [:]
        var other: [Finding] = []
        for f in report.findings {
            if let e = f.enkat { byEnkat[e, default: []].append(f) } else { other.append(f) }
        }
        for enkat in byEnkat.keys.sorted() {
            let findings = byEnkat[enkat]!
            out += "Enkät \(enkat) – \(TextFindingsRenderer.count(findings.count))\n"
            var byRespondent: [String: [Finding]] = [:]
            var noRespondent: [Finding] = []
            for f in findings {
                if let r = f.respondent { byRespondent[r, default: []].append(f) } else { noRespondent.append(f) }
            }
            for r in byRespondent.keys.sorted() {
                let rf = byRespondent[r]!
                out += "  Respondent \(r) – \(TextFindingsRenderer.count(rf.count))\n"
                for f in rf { out += "    " + TextFindingsRenderer.line(f) + "\n" }
            }
            if !noRespondent.isEmpty {
                out += "  Hela enkäten – \(TextFindingsRenderer.count(noRespondent.count))\n"
                for f in noRespondent { out += "    " + TextFindingsRenderer.line(f) + "\n" }
            }
            out += "\n"
        }
        if !other.isEmpty {
            out += "Övrigt – \(TextFindingsRenderer.count(other.count))\n"
            for f in other { out += "  " + TextFindingsRenderer.line(f) + "\n" }
            out += "\n"
        }
        out += summary(report)
        return out
    }

    /// The closing summary lines.
    func summary(_ report: FindingsReport) -> String {
        let c = report.countsBySeverity
        var out = "Sammanfattning: \(TextFindingsRenderer.count(report.findings.count))"
        out += " (fel: \(c[.fel] ?? 0), varning: \(c[.varning] ?? 0), info: \(c[.info] ?? 0))\n"
        let perType = report.countsByFeltyp
        if !perType.isEmpty {
            out += "Per feltyp:\n"
            let width = perType.keys.map(\.count).max() ?? 0
            for key in perType.keys.sorted() {
                out += "  " + key + String(repeating: " ", count: width - key.count) + "  \(perType[key]!)\n"
            }
        }
        if let t = report.threshold {
            out += "På eller över tröskeln (\(t.rawValue)): \(report.failingCount)\n"
        } else {
            out += "Tröskel: ingen (--fail-on never), inga fynd påverkar slutkoden\n"
        }
        if report.acceptedByBaseline > 0 {
            out += "Godtagna av baslinjen (räknas inte): \(report.acceptedByBaseline)\n"
        }
        return out
    }

    /// `file:line:column: allvarlighet: meddelande [regel]`, with `insats n:` before the message when
    /// the finding is about one insats.
    static func line(_ f: Finding) -> String {
        var s = ""
        if let loc = f.location { s += "\(loc): " }
        s += "\(f.allvarlighet.rawValue): "
        if let n = f.insatsNr { s += "insats \(n): " }
        s += oneLine(f.meddelande)
        s += " [\(f.regel)]"
        return s
    }

    /// The text with each line break (CRLF, LF or CR) shown as `↵`, so a finding stays on one line.
    package static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        var out = ""
        for ch in text {
            if ch == "\n" || ch == "\r" || ch == "\r\n" { out += "↵" } else { out.append(ch) }
        }
        return out
    }

    /// `1 fynd`, `3 fynd` (the word is the same in singular and plural).
    static func count(_ n: Int) -> String { "\(n) fynd" }
}
