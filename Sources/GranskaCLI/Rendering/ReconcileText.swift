import GranskaCore
import GranskaReconciliation

/// The text form of `granska reconcile`: per enkät the classes and sums, then one line per
/// respondent with S, T, the difference and the klass. Amounts in whole kronor.
enum ReconcileText {
    static func render(_ r: Reconciliation) -> String {
        var out = "Avstämning av medel: S = redovisat, T = rekvirerat − återbetalt (hela kronor)\n"
        out += settingsLine(r.settings)
        var byEnkat: [String: [Avstamning]] = [:]
        var order: [String] = []
        for a in r.avstamningar {
            if byEnkat[a.enkat] == nil { order.append(a.enkat) }
            byEnkat[a.enkat, default: []].append(a)
        }
        for enkat in order {
            let rows = byEnkat[enkat] ?? []
            out += "\nEnkät \(enkat) – \(rows.count) svar"
            if let s = r.sammanfattning(enkat: enkat) {
                let classes = Klass.allCases.compactMap { k -> String? in
                    let n = s.antalPerKlass[k] ?? 0
                    return n > 0 ? "\(k.etikett) \(n)" : nil
                }
                out += ": " + classes.joined(separator: ", ") + "\n"
                out += "  Summa S \(kronor(s.summaS)) kr, summa T \(kronor(s.summaT)) kr, viktat \(kronor(s.summaViktat)) kr\n"
            } else {
                out += "\n"
            }
            for a in rows {
                var line = "  \(a.respondent): S \(kronor(a.S)), T " + (a.T.map(kronor) ?? "–")
                if let t = a.T {
                    let (d, overflow) = a.S.subtractingReportingOverflow(t)
                    if !overflow { line += ", skillnad \(d > 0 ? "+" : "")\(kronor(d))" }
                }
                line += " – \(a.klass.etikett)"
                if let nr = a.tusentalInsatsNr { line += " (insats \(nr))" }
                if let step = a.steg { line += " (steg \(kronor(step)))" }
                if let j = a.J { line += ", J = \(j.decimal(6))" }
                if let why = a.ejViktadOrsak { line += ", ej viktad: \(why)" }
                out += line + "\n"
            }
        }
        return out
    }

    /// `Inställningar: en justeringsfaktor per svarande och enkät, tusentalstolerans 500 kr per
    /// belopp, avrundningssteg 100 000, 10 000 och 1 000 kr`: the settings the classes and J rest on.
    static func settingsLine(_ s: ReconciliationSettings) -> String {
        let distinct = s.stepsDescending.map(kronor)
        let list: String
        switch distinct.count {
        case 0: list = "inga"
        case 1: list = distinct[0] + " kr"
        default: list = distinct.dropLast().joined(separator: ", ") + " och " + (distinct.last ?? "") + " kr"
        }
        return "Inställningar: \(s.level.beskrivning), tusentalstolerans \(kronor(s.tusentalTolerans)) kr per belopp, "
            + "avrundningssteg \(list)\n"
    }

    /// `1 250 000` (thin grouping with spaces), sign kept.
    static func kronor(_ k: Kronor) -> String { DecimalText.grouped(k) }
}
