#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// S against T per respondent on logarithmic axes with the same scale, so the diagonal S = T
/// runs at 45°; points above it reported more than T, below it less. Amounts of zero sit at the
/// start of their axis, drawn hollow.
enum ScatterSVG {
    static func render(_ points: [ScatterPoint], chart: DeclarationChart, id: String) -> String {
        guard !points.isEmpty else { return SVG.empty(id: id, chart: chart) }
        let width = 640
        let height = 470
        let left = 86.0
        let right = 610.0
        let top = 58.0
        let bottom = 400.0
        let positives = points.flatMap { [$0.reported, $0.target] }.filter { $0 > 0 }.map(Double.init)
        let lowExp = floor(log10(positives.min() ?? 1))
        var highExp = ceil(log10(positives.max() ?? 10))
        if highExp <= lowExp { highExp = lowExp + 1 }
        func scale(_ v: Double) -> Double {
            guard v > 0 else { return 0 }
            return (log10(v) - lowExp) / (highExp - lowExp)
        }
        func x(_ v: Double) -> Double { left + (right - left) * scale(v) }
        func y(_ v: Double) -> Double { bottom - (bottom - top) * scale(v) }

        var s = SVG.open(id: id, width: width, height: height, chart: chart)
        // Legend.
        let legend: [(String, String)] = [("pa-linjen", "S = T"), ("over", "S > T, mer redovisat"), ("under", "S < T, mindre redovisat")]
        var lx = left
        for (cls, label) in legend {
            s += "<circle class=\"punkt \(cls)\" cx=\"\(SVG.n(lx + 5))\" cy=\"32\" r=\"4\"/>"
            s += "<text class=\"etikett\" x=\"\(SVG.n(lx + 13))\" y=\"36\">\(SVG.text(label))</text>\n"
            lx += cls == "pa-linjen" ? 70 : 165
        }
        // Grid at powers of ten.
        var e = lowExp
        while e <= highExp {
            let v = pow(10, e)
            s += "<line class=\"rutnat\" x1=\"\(SVG.n(x(v)))\" y1=\"\(SVG.n(top))\" x2=\"\(SVG.n(x(v)))\" y2=\"\(SVG.n(bottom))\"/>"
            s += "<line class=\"rutnat\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(y(v)))\" x2=\"\(SVG.n(right))\" y2=\"\(SVG.n(y(v)))\"/>"
            s += "<text class=\"skala\" x=\"\(SVG.n(x(v)))\" y=\"\(SVG.n(bottom + 16))\" text-anchor=\"middle\">\(SVG.text(SVG.kronorLabel(v)))</text>"
            s += "<text class=\"skala\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(y(v) + 4))\" text-anchor=\"end\">\(SVG.text(SVG.kronorLabel(v)))</text>\n"
            e += 1
        }
        s += "<rect class=\"ram\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(right - left))\" height=\"\(SVG.n(bottom - top))\"/>\n"
        // The diagonal S = T.
        s += "<line class=\"diagonal\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(bottom))\" x2=\"\(SVG.n(right))\" y2=\"\(SVG.n(top))\"/>"
        s += "<text class=\"skala\" x=\"\(SVG.n(right - 6))\" y=\"\(SVG.n(top + 44))\" text-anchor=\"end\">S = T</text>\n"
        // Points: equal first, then below, then above, so the rarer ones are drawn on top.
        let ordered = points.filter { $0.reported == $0.target } + points.filter { $0.reported < $0.target }
            + points.filter { $0.reported > $0.target }
        for p in ordered {
            let cls = p.reported == p.target ? "pa-linjen" : p.reported > p.target ? "over" : "under"
            let hollow = p.reported <= 0 || p.target <= 0 ? " noll" : ""
            let tip = "\(p.kod) \(p.namn): S \(SwedishNumberFormat.kronor(p.reported)), T \(SwedishNumberFormat.kronor(p.target))"
            s += "<circle class=\"punkt \(cls)\(hollow)\" cx=\"\(SVG.n(x(Double(p.target))))\" cy=\"\(SVG.n(y(Double(p.reported))))\" r=\"3.5\"><title>\(SVG.text(tip))</title></circle>\n"
        }
        // Axis titles.
        s += "<text class=\"axeltitel\" x=\"\(SVG.n((left + right) / 2))\" y=\"\(SVG.n(bottom + 40))\" text-anchor=\"middle\">\(SVG.text(chart.xLabel))</text>\n"
        let mid = (top + bottom) / 2
        s += "<text class=\"axeltitel\" x=\"14\" y=\"\(SVG.n(mid))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(SVG.n(mid)))\">\(SVG.text(chart.yLabel))</text>\n"
        s += "</svg>"
        return s
    }
}
