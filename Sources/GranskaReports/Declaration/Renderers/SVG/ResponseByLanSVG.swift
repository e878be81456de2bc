/// Horizontal stacked bars, one per län: units that answered (dark) and did not (light), with
/// "n av N" at the end of each bar.
enum ResponseByLanSVG {
    static func render(_ bars: [LanBar], chart: DeclarationChart, id: String) -> String {
        guard !bars.isEmpty else { return SVG.empty(id: id, chart: chart) }
        let width = 640
        let rowHeight = 19.0
        let top = 58.0
        let left = 170.0
        let right = 560.0
        let plotHeight = rowHeight * Double(bars.count)
        let height = Int(top + plotHeight + 52)
        let maxUnits = bars.map { $0.answered + $0.notAnswered }.max() ?? 1
        let ticks = SVG.linearTicks(maximum: maxUnits)
        let scaleMax = Double(ticks.last ?? max(1, maxUnits))
        func x(_ v: Double) -> Double { left + (right - left) * v / max(1, scaleMax) }

        var s = SVG.open(id: id, width: width, height: height, chart: chart)
        // Legend.
        s += "<rect class=\"svarat\" x=\"\(SVG.n(left))\" y=\"26\" width=\"12\" height=\"12\"/>"
        s += "<text class=\"etikett\" x=\"\(SVG.n(left + 17))\" y=\"36\">svarade</text>\n"
        s += "<rect class=\"ej-svarat\" x=\"\(SVG.n(left + 90))\" y=\"26\" width=\"12\" height=\"12\"/>"
        s += "<text class=\"etikett\" x=\"\(SVG.n(left + 107))\" y=\"36\">svarade inte</text>\n"
        // Grid and x axis.
        for t in ticks {
            let xt = x(Double(t))
            s += "<line class=\"rutnat\" x1=\"\(SVG.n(xt))\" y1=\"\(SVG.n(top - 4))\" x2=\"\(SVG.n(xt))\" y2=\"\(SVG.n(top + plotHeight))\"/>"
            s += "<text class=\"skala\" x=\"\(SVG.n(xt))\" y=\"\(SVG.n(top + plotHeight + 15))\" text-anchor=\"middle\">\(SwedishNumberFormat.integer(Int64(t)))</text>\n"
        }
        s += "<line class=\"axel\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(top - 4))\" x2=\"\(SVG.n(left))\" y2=\"\(SVG.n(top + plotHeight))\"/>\n"
        // Bars.
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            let total = bar.answered + bar.notAnswered
            let tip = "\(bar.namn): \(bar.answered) av \(total) svarade"
            s += "<g><title>\(SVG.text(tip))</title>"
            s += "<text class=\"etikett\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(y + 13))\" text-anchor=\"end\">\(SVG.text(bar.namn))</text>"
            if bar.answered > 0 {
                s += "<rect class=\"svarat\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(y + 3))\" width=\"\(SVG.n(x(Double(bar.answered)) - left))\" height=\"\(SVG.n(rowHeight - 6))\"/>"
            }
            if bar.notAnswered > 0 {
                s += "<rect class=\"ej-svarat\" x=\"\(SVG.n(x(Double(bar.answered))))\" y=\"\(SVG.n(y + 3))\" width=\"\(SVG.n(x(Double(total)) - x(Double(bar.answered))))\" height=\"\(SVG.n(rowHeight - 6))\"/>"
            }
            s += "<text class=\"skala\" x=\"\(SVG.n(x(Double(total)) + 5))\" y=\"\(SVG.n(y + 13))\">\(bar.answered) av \(total)</text>"
            s += "</g>\n"
        }
        // Axis labels.
        s += "<text class=\"axeltitel\" x=\"\(SVG.n((left + right) / 2))\" y=\"\(SVG.n(top + plotHeight + 36))\" text-anchor=\"middle\">\(SVG.text(chart.xLabel))</text>\n"
        s += "<text class=\"axeltitel\" x=\"12\" y=\"\(SVG.n(top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(SVG.n(top + plotHeight / 2)))\">\(SVG.text(chart.yLabel))</text>\n"
        s += "</svg>"
        return s
    }
}
