#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A histogram of J = T/S over the respondents, on a logarithmic axis so that J = 0,5 and J = 2
/// lie equally far from 1; one bin is centred on J = 1, a dashed line marks it, and each bar
/// carries its count (a tall bar at 1 would otherwise hide the small ones). Values of J that are
/// zero cannot sit on a logarithmic axis; a note under the chart counts them.
enum JHistogramSVG {
    static let binCount = 24

    static func render(_ values: [JValue], chart: DeclarationChart, id: String) -> String {
        guard !values.isEmpty else { return SVG.empty(id: id, chart: chart) }
        let width = 640
        let height = 400
        let left = 60.0
        let right = 610.0
        let top = 40.0
        let bottom = 320.0
        let positive = values.map(\.j.doubleValue).filter { $0 > 0 && $0.isFinite }
        let zeros = values.count - positive.count
        // Bins of equal width in log10(J), placed so that one bin is centred on J = 1: bin k
        // holds the values whose log10 rounds to k·w.
        var lo = min(0, log10(positive.min() ?? 1))
        var hi = max(0, log10(positive.max() ?? 1))
        if hi - lo < 0.04 {
            lo -= 0.02
            hi += 0.02
        }
        let w = (hi - lo) / Double(binCount)
        func bin(_ logValue: Double) -> Int { Int((logValue / w).rounded()) }
        let firstBin = bin(lo)
        let lastBin = bin(hi)
        var counts = [Int](repeating: 0, count: lastBin - firstBin + 1)
        for v in positive {
            let k = min(lastBin, max(firstBin, bin(log10(v))))
            counts[k - firstBin] += 1
        }
        lo = (Double(firstBin) - 0.5) * w
        hi = (Double(lastBin) + 0.5) * w
        func x(_ logValue: Double) -> Double { left + (right - left) * (logValue - lo) / (hi - lo) }
        let ticksY = SVG.linearTicks(maximum: counts.max() ?? 1)
        let yMax = Double(ticksY.last ?? 1)
        func y(_ c: Double) -> Double { bottom - (bottom - top) * c / max(1, yMax) }

        var s = SVG.open(id: id, width: width, height: height, chart: chart)
        for t in ticksY {
            s += "<line class=\"rutnat\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(y(Double(t))))\" x2=\"\(SVG.n(right))\" y2=\"\(SVG.n(y(Double(t))))\"/>"
            s += "<text class=\"skala\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(y(Double(t)) + 4))\" text-anchor=\"end\">\(SwedishNumberFormat.integer(Int64(t)))</text>\n"
        }
        for (offset, c) in counts.enumerated() where c > 0 {
            let k = Double(firstBin + offset)
            let x0 = x((k - 0.5) * w)
            let x1 = x((k + 0.5) * w)
            let tip = "J \(SVG.factorLabel(pow(10, (k - 0.5) * w), places: 4))–\(SVG.factorLabel(pow(10, (k + 0.5) * w), places: 4)): \(c) \(c == 1 ? "respondent" : "respondenter")"
            s += "<g><title>\(SVG.text(tip))</title>"
            s += "<rect class=\"stapel\" x=\"\(SVG.n(x0 + 0.5))\" y=\"\(SVG.n(y(Double(c))))\" width=\"\(SVG.n(max(1, x1 - x0 - 1)))\" height=\"\(SVG.n(bottom - y(Double(c))))\"/>"
            s += "<text class=\"skala\" x=\"\(SVG.n((x0 + x1) / 2))\" y=\"\(SVG.n(y(Double(c)) - 4))\" text-anchor=\"middle\">\(c)</text></g>\n"
        }
        s += "<line class=\"axel\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(bottom))\" x2=\"\(SVG.n(right))\" y2=\"\(SVG.n(bottom))\"/>\n"
        for t in ticks(lo: lo, hi: hi) {
            let xt = x(log10(t))
            s += "<line class=\"axel\" x1=\"\(SVG.n(xt))\" y1=\"\(SVG.n(bottom))\" x2=\"\(SVG.n(xt))\" y2=\"\(SVG.n(bottom + 5))\"/>"
            s += "<text class=\"skala\" x=\"\(SVG.n(xt))\" y=\"\(SVG.n(bottom + 18))\" text-anchor=\"middle\">\(SVG.factorLabel(t))</text>\n"
        }
        s += "<line class=\"referens\" x1=\"\(SVG.n(x(0)))\" y1=\"\(SVG.n(top))\" x2=\"\(SVG.n(x(0)))\" y2=\"\(SVG.n(bottom))\"/>\n"
        s += "<text class=\"axeltitel\" x=\"\(SVG.n((left + right) / 2))\" y=\"\(SVG.n(bottom + 42))\" text-anchor=\"middle\">\(SVG.text(chart.xLabel))</text>\n"
        let mid = (top + bottom) / 2
        s += "<text class=\"axeltitel\" x=\"14\" y=\"\(SVG.n(mid))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(SVG.n(mid)))\">\(SVG.text(chart.yLabel))</text>\n"
        if zeros > 0 {
            let note = "\(zeros) \(zeros == 1 ? "respondent" : "respondenter") med J = 0 (allt återbetalt) visas inte."
            s += "<text class=\"etikett\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(bottom + 62))\">\(SVG.text(note))</text>\n"
        }
        s += "</svg>"
        return s
    }

    /// Round values of J inside [10^lo, 10^hi], at most about seven, always including 1.
    static func ticks(lo: Double, hi: Double) -> [Double] {
        let candidates: [Double] = [
            0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95, 1, 1.05, 1.1, 1.25, 1.5, 2, 5, 10, 20, 50,
            100, 1000,
        ]
        let inside = candidates.filter { log10($0) >= lo && log10($0) <= hi }
        // Thin out ticks closer than 1/12 of the width to an already kept one, keeping 1.
        let minGap = (hi - lo) / 12
        var kept: [Double] = inside.contains(1) ? [1] : []
        for c in inside where c != 1 {
            if kept.allSatisfy({ abs(log10($0) - log10(c)) >= minGap }) { kept.append(c) }
        }
        return kept.sorted()
    }
}
