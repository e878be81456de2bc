import GranskaCore

/// A GitHub Actions job summary (GitHub-flavoured Markdown) of a `check`: counts per severity and
/// one row per rule with findings. `granska check --format github` appends it to the file named by
/// `$GITHUB_STEP_SUMMARY`, since the annotations themselves are capped per step.
public struct GitHubSummaryRenderer: FindingsRenderer {
    public init() {}

    public func render(_ report: FindingsReport) -> String {
        let c = report.countsBySeverity
        var out = "### granska: \(report.findings.count) fynd\n\n"
        out += "| allvarlighet | antal |\n|---|---:|\n"
        out += "| fel | \(c[.fel] ?? 0) |\n| varning | \(c[.varning] ?? 0) |\n| info | \(c[.info] ?? 0) |\n\n"
        if let t = report.threshold {
            out += "På eller över tröskeln (\(t.rawValue)): **\(report.failingCount)**"
        } else {
            out += "Ingen tröskel (`--fail-on never`)"
        }
        if report.acceptedByBaseline > 0 { out += " · godtagna av baslinjen: \(report.acceptedByBaseline)" }
        out += "\n\n"
        var perRule: [String: Int] = [:]
        for f in report.findings { perRule[f.regel, default: 0] += 1 }
        let rows = report.ruleStats.filter { perRule[$0.id] != nil }
        if !rows.isEmpty {
            out += "| regel | feltyp | allvarlighet | fynd |\n|---|---|---|---:|\n"
            for s in rows {
                out += "| `\(Self.cell(s.id))` | \(Self.cell(s.feltyp ?? "–")) | \(s.allvarlighet.rawValue) | \(perRule[s.id] ?? 0) |\n"
            }
        }
        return out
    }

    /// A table cell: `|` escaped, line breaks as spaces, backticks removed (ids sit in code spans).
    static func cell(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            case "`": out += "'"
            default: out.append(ch)
            }
        }
        return out
    }
}
