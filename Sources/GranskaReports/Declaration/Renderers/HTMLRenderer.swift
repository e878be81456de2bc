/// The declaration as one self-contained HTML file: inline CSS (with a print layout), inline
/// SVG charts, no scripts, no fonts, no images, no links to anything outside the file.
///
/// Every text from the data goes through ``HTMLEscaping``.
public struct HTMLRenderer: DeclarationRenderer {
    public init() {}

    public var format: DeclarationFormat { .html }

    public func render(_ document: DeclarationDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="granska">
            <title>\(HTMLEscaping.escape(document.title))</title>
            <style>
            \(HTMLRenderer.css)</style>
            </head>
            <body>
            <main>

            """
        var chartUses: [String: Int] = [:]
        for block in document.blocks {
            switch block {
            case .heading(let level, let inline):
                out += "<h\(level)>\(Self.inline(inline))</h\(level)>\n"
            case .paragraph(let inline):
                out += "<p>\(Self.inline(inline))</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>\(Self.inline($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let alignments, let rows):
                out += Self.table(header: header, alignments: alignments, rows: rows)
            case .chart(let chart):
                let n = chartUses[chart.name, default: 0] + 1
                chartUses[chart.name] = n
                let id = "diagram-\(chart.name)" + (n > 1 ? "-\(n)" : "")
                out += "<figure>\n" + Self.svg(chart, id: id) + "\n<figcaption aria-hidden=\"true\">"
                    + HTMLEscaping.escape(chart.description) + "</figcaption>\n</figure>\n"
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func svg(_ chart: DeclarationChart, id: String) -> String {
        switch chart.data {
        case .responseByLan(let bars): ResponseByLanSVG.render(bars, chart: chart, id: id)
        case .reportedVsTarget(let points): ScatterSVG.render(points, chart: chart, id: id)
        case .jDistribution(let values): JHistogramSVG.render(values, chart: chart, id: id)
        }
    }

    static func table(header: [[Inline]], alignments: [ColumnAlignment], rows: [[[Inline]]]) -> String {
        func cls(_ i: Int) -> String {
            switch i < alignments.count ? alignments[i] : .left {
            case .left: ""
            case .right: " class=\"tal\""
            case .center: " class=\"mitt\""
            }
        }
        var s = "<table>\n<thead>\n<tr>"
        for (i, cell) in header.enumerated() { s += "<th scope=\"col\"\(cls(i))>\(inline(cell))</th>" }
        s += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            s += "<tr>"
            for (i, cell) in row.enumerated() { s += "<td\(cls(i))>\(inline(cell))</td>" }
            s += "</tr>\n"
        }
        return s + "</tbody>\n</table>\n"
    }

    static func inline(_ content: [Inline]) -> String {
        var out = ""
        for item in content {
            switch item {
            case .text(let s): out += HTMLEscaping.escape(s)
            case .code(let s): out += "<code>" + HTMLEscaping.escape(s) + "</code>"
            case .strong(let inner): out += "<strong>" + inline(inner) + "</strong>"
            case .missing(let key):
                out += "<span class=\"saknas\"><strong>Uppgift saknas: " + HTMLEscaping.escape(key.etikett)
                    + ".</strong> Lägg till <code>" + HTMLEscaping.escape(key.rawValue) + ":</code> i "
                    + HTMLEscaping.escape(DeclarationMetadata.fileName) + ".</span>"
            }
        }
        return out
    }

    /// The style sheet: readable on screen, compact in print, charts in colours that stay apart
    /// in grey scale.
    static let css = """
        :root { --text: #1b1f24; --muted: #57606a; --rule: #d0d7de; --accent: #1f5f99; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 50rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
        h2 { font-size: 1.35rem; margin: 2.4rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.1rem; margin: 1.8rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 1.4rem 0 .3rem; }
        p, ul { margin: .5rem 0 .9rem; }
        table { border-collapse: collapse; margin: .8rem 0 1.4rem; font-size: .92rem; }
        th, td { padding: .28rem .7rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid var(--muted); font-weight: 600; }
        .tal { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .mitt { text-align: center; }
        code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f6; padding: .05rem .25rem; border-radius: 3px; }
        .saknas { background: #fff5d6; border-left: 3px solid #b7791f; padding: .05rem .35rem; }
        figure { margin: 1.4rem 0 1.8rem; }
        figcaption { font-size: .88rem; color: var(--muted); margin-top: .3rem; max-width: 40rem; }
        svg.diagram { display: block; max-width: 100%; height: auto; font-family: inherit; }
        svg .rubrik { font-size: 14px; font-weight: 600; fill: var(--text); }
        svg .etikett { font-size: 12px; fill: var(--text); }
        svg .skala { font-size: 11px; fill: var(--muted); }
        svg .axeltitel { font-size: 12px; fill: var(--text); }
        svg .rutnat { stroke: #e5e8eb; stroke-width: 1; }
        svg .axel { stroke: var(--muted); stroke-width: 1; }
        svg .ram { fill: none; stroke: #c4ccd4; }
        svg .svarat { fill: var(--accent); }
        svg .ej-svarat { fill: #f2b35b; }
        svg .stapel { fill: var(--accent); }
        svg .diagonal, svg .referens { stroke: #444; stroke-width: 1.2; stroke-dasharray: 5 4; }
        svg .punkt { stroke: #fff; stroke-width: .6; fill-opacity: .85; }
        svg .punkt.pa-linjen { fill: #2f855a; }
        svg .punkt.over { fill: #c05621; }
        svg .punkt.under { fill: var(--accent); }
        svg .punkt.noll { fill: #fff; stroke: #444; stroke-width: 1.2; }
        @media print {
          @page { size: A4; margin: 18mm 16mm 20mm; }
          body { font-size: 10.5pt; line-height: 1.4; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 18pt; }
          h2 { font-size: 13.5pt; margin-top: 16pt; break-after: avoid; }
          h3, h4 { break-after: avoid; }
          table, figure { break-inside: avoid; }
          .saknas { background: none; border: 1px solid #000; }
          figcaption { color: #000; }
        }

        """
}
