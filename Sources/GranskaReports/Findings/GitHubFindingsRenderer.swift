import GranskaCore

/// `granska check --format github`: GitHub Actions workflow commands, one annotation per finding.
///
/// `::error file=…,line=…,col=…,title=…::message` (`::warning` for varning, `::notice` for info).
/// GitHub shows only about ten annotations of each kind per step, so the most severe come first;
/// the last line is a `::notice::` summary with the counts. Messages have `%`, CR and LF
/// percent-encoded; property values additionally `:` and `,` — as the Actions toolkit does.
public struct GitHubFindingsRenderer: FindingsRenderer {
    public init() {}

    public func render(_ report: FindingsReport) -> String {
        var out = ""
        for f in report.bySeverity {
            let command: String
            switch f.allvarlighet {
            case .fel: command = "error"
            case .varning: command = "warning"
            case .info: command = "notice"
            }
            var props: [String] = []
            if let loc = f.location {
                props.append("file=" + Self.escapeProperty(loc.file))
                props.append("line=\(loc.line)")
                props.append("col=\(loc.column)")
            }
            var title = "granska \(f.regel)"
            if let e = f.enkat { title += " \(e)" }
            if let r = f.respondent { title += "/\(r)" }
            if let n = f.insatsNr { title += " insats \(n)" }
            props.append("title=" + Self.escapeProperty(title))
            out += "::\(command) \(props.joined(separator: ","))::\(Self.escapeData(f.meddelande))\n"
        }
        let c = report.countsBySeverity
        var summary = "granska: \(report.findings.count) fynd (fel: \(c[.fel] ?? 0), varning: \(c[.varning] ?? 0), info: \(c[.info] ?? 0))"
        if let t = report.threshold {
            summary += ", \(report.failingCount) på eller över tröskeln \(t.rawValue)"
        }
        if report.acceptedByBaseline > 0 {
            summary += ", \(report.acceptedByBaseline) godtagna av baslinjen"
        }
        out += "::notice::\(Self.escapeData(summary))\n"
        return out
    }

    /// A message: `%` → `%25`, CR → `%0D`, LF → `%0A`.
    static func escapeData(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A property value: as ``escapeData(_:)`` plus `:` → `%3A` and `,` → `%2C`.
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        for ch in escapeData(s).unicodeScalars {
            switch ch {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
