import GranskaCore

extension Reconciliation {
    /// The CSV header of ``csvRows()``.
    public static let csvHeader = [
        "enkat", "respondent", "klass", "S", "T", "n", "S_anvandbar", "J", "J_decimal", "viktat_summa",
        "tusental_insats_nr", "steg", "ej_viktad_orsak", "fil", "rad",
    ]

    /// One row per reconciled answer, the header first. J as `T/S` and as a decimal with six
    /// places (a point, as machines read it). Cells are plain text; the CLI's writer quotes them.
    ///
    /// - Complexity: O(n) in the number of answers.
    public func csvRows() -> [[String]] {
        var rows: [[String]] = [Reconciliation.csvHeader]
        rows.reserveCapacity(avstamningar.count + 1)
        for a in avstamningar {
            rows.append([
                a.enkat, a.respondent, a.klass.rawValue, String(a.S), a.T.map(String.init) ?? "", String(a.n),
                String(a.sUsable), a.J?.description ?? "", a.J?.decimal(6) ?? "", String(a.viktatSumma),
                a.tusentalInsatsNr.map(String.init) ?? "", a.steg.map(String.init) ?? "", a.ejViktadOrsak ?? "",
                a.location.file, String(a.location.line),
            ])
        }
        return rows
    }
}
