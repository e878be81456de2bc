import GranskaCore
import GranskaParsing
import GranskaReports

/// The text form of `granska inspect`: the detected dialect, the column mapping and the first records.
enum InspectionText {
    static func render(_ i: FileInspection, showPersonal: Bool) -> String {
        var out = ""
        out += RunSummary.row("Fil", i.path)
        out += RunSummary.row("Teckenkodning", i.encoding)
        out += RunSummary.row("Avgränsare", delimiterName(i.delimiter))
        out += RunSummary.row("Radslut", i.lineEnding)
        out += RunSummary.row("Filtyp", i.kind.map { "\($0.rawValue) (ser ut som \($0.fileName))" } ?? "okänd – rubrikerna liknar ingen av omgångens filer")
        out += RunSummary.row("Poster", "\(i.recordCount) (utöver rubrikraden)")
        out += "\nKolumner (rubrik → fält i datamodellen):\n"
        let width = min(32, i.columns.map(\.header.count).max() ?? 0)
        for (n, c) in i.columns.enumerated() {
            let number = String(n + 1)
            var line = String(repeating: " ", count: max(0, 4 - number.count)) + number + "  "
            let header = oneLine(c.header)
            line += header + String(repeating: " ", count: max(1, width - header.count + 1))
            line += "→ " + (c.field ?? "(okänd kolumn, används inte)")
            if c.personal { line += showPersonal ? " – personuppgift" : " – personuppgift, maskeras som \(FileInspection.mask)" }
            out += line + "\n"
        }
        if !i.missingColumns.isEmpty {
            out += "Saknade kolumner: \(i.missingColumns.joined(separator: ", "))\n"
        }
        if i.records.isEmpty {
            out += "\nInga poster.\n"
            return out
        }
        out += "\nDe första \(i.records.count) posterna (fälten som de lästes):\n"
        for (r, record) in i.records.enumerated() {
            out += "  Post \(r + 1):\n"
            for (c, value) in record.enumerated() {
                let name = c < i.header.count ? oneLine(i.header[c]) : "kolumn \(c + 1)"
                out += "    \(name): " + (value.isEmpty ? "(tom)" : shortened(oneLine(value))) + "\n"
            }
        }
        return out
    }

    /// `;` (semikolon), `,` (komma), tabb.
    static func delimiterName(_ d: String) -> String {
        switch d {
        case ";": "; (semikolon)"
        case ",": ", (komma)"
        case "\t": "tabb"
        default: d
        }
    }

    /// Line breaks shown as `↵` (as in the findings' text).
    static func oneLine(_ s: String) -> String { TextFindingsRenderer.oneLine(s) }

    /// At most 80 characters, with `…` when cut.
    static func shortened(_ s: String) -> String {
        s.count <= 80 ? s : String(s.prefix(79)) + "…"
    }
}
