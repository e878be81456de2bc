import GranskaCore

/// Small helpers shared by the charts: coordinates printed with one decimal (deterministic, no
/// locale), axis ticks, and the chart frame with its `<title>` and `<desc>`.
///
/// Coordinates are `Double`: they place marks on a drawing and never stand for money.
enum SVG {
    /// `x` with at most one decimal: `12`, `12.5`, `-3.2`.
    static func n(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let tenths = (x * 10).rounded()
        guard abs(tenths) < 1e15 else { return "0" }
        let t = Int64(tenths)
        let whole = t / 10
        let frac = abs(t % 10)
        let sign = t < 0 && whole == 0 ? "-" : ""
        return frac == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(frac)"
    }

    static func text(_ s: String) -> String { HTMLEscaping.escape(s) }

    /// Ticks 0, step, 2·step, … up to at least `maximum`, with step 1, 2 or 5 × 10^k giving at
    /// most about six ticks.
    static func linearTicks(maximum: Int) -> [Int] {
        let top = max(1, maximum)
        var step = 1
        var magnitude = 1
        search: while true {
            for m in [1, 2, 5] {
                let (candidate, overflow) = m.multipliedReportingOverflow(by: magnitude)
                if overflow { break search }
                step = candidate
                if top / step <= 5 { break search }
            }
            let (next, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            if overflow { break }
            magnitude = next
        }
        var ticks: [Int] = [0]
        var v = 0
        while v < top {
            let (next, overflow) = v.addingReportingOverflow(step)
            if overflow { break }
            v = next
            ticks.append(v)
        }
        return ticks
    }

    /// An amount of kronor as a short axis label: `500 kr`, `10 tkr`, `1 mkr`, `1 mdkr`.
    static func kronorLabel(_ value: Double) -> String {
        let sp = SwedishNumberFormat.space
        if value >= 1e9 { return SwedishNumberFormat.integer(Int64((value / 1e9).rounded())) + sp + "mdkr" }
        if value >= 1e6 { return SwedishNumberFormat.integer(Int64((value / 1e6).rounded())) + sp + "mkr" }
        if value >= 1e3 { return SwedishNumberFormat.integer(Int64((value / 1e3).rounded())) + sp + "tkr" }
        return SwedishNumberFormat.integer(Int64(value.rounded())) + sp + "kr"
    }

    /// A factor with a decimal comma, at most `places` decimals and no trailing zeros: `0,9`,
    /// `1`, `1,25`.
    static func factorLabel(_ value: Double, places: Int = 2) -> String {
        let scale = Double((0..<max(0, min(places, 9))).reduce(1) { r, _ in r * 10 })
        guard value.isFinite, abs(value * scale) < 9e15 else { return "–" }
        let units = Int64((value * scale).rounded())
        let whole = units / Int64(scale)
        var frac = String(abs(units % Int64(scale)))
        while frac.count < places { frac = "0" + frac }
        while frac.hasSuffix("0") { frac.removeLast() }
        return frac.isEmpty || places == 0 ? String(whole) : "\(whole),\(frac)"
    }

    /// The opening of a chart: an `<svg>` with role `img`, labelled by its `<title>` and
    /// described by its `<desc>`, and the visible title.
    static func open(id: String, width: Int, height: Int, chart: DeclarationChart) -> String {
        """
        <svg class="diagram" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="\(id)-titel \(id)-beskrivning">
        <title id="\(id)-titel">\(text(chart.title))</title>
        <desc id="\(id)-beskrivning">\(text(chart.description))</desc>
        <text class="rubrik" x="0" y="16">\(text(chart.title))</text>

        """
    }

    /// A "no data" chart: the frame and one line of text.
    static func empty(id: String, chart: DeclarationChart) -> String {
        open(id: id, width: 640, height: 80, chart: chart)
            + "<text class=\"etikett\" x=\"0\" y=\"52\">\(text(chart.description))</text>\n</svg>"
    }
}
