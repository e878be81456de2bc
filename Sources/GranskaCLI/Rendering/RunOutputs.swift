import GranskaCore
import GranskaParsing
import GranskaReconciliation
import GranskaReports

/// The files `granska run -o OUT` writes, by output group (`--outputs`).
///
/// Only adds to an ``OutputFolder``; the folder is committed all or nothing by the caller. Every
/// CSV goes through `CSVWriter`, which neutralises spreadsheet formulas.
enum RunOutputs {
    /// `fynd.json` (the `check --format json` document) and `fynd.csv`.
    static func findings(_ report: FindingsReport, into folder: inout OutputFolder) {
        folder.add("fynd.json", text: JSONFindingsRenderer().render(report))
        folder.add("fynd.csv", text: CSVWriter.write(header: Finding.csvHeader, rows: report.findings.map(\.csvRow)))
    }

    /// `granskningsspar.csv` and `granskningsspar.json`: every change and its reason.
    static func audit(_ trail: AuditTrail, into folder: inout OutputFolder) {
        folder.add("granskningsspar.csv", text: csv(trail.csvRows()))
        folder.add("granskningsspar.json", text: trail.json().serialized() + "\n")
    }

    /// `rensad.csv`: the reconciliation's cleaned data (the insatser that count, with reported,
    /// corrected and weighted amounts), plus the contact columns only when `keepPersonalData`.
    ///
    /// - Complexity: O(n) in the number of insatser.
    static func cleanedData(_ omgang: Omgang, _ reconciliation: Reconciliation, keepPersonalData: Bool) -> String {
        var rows = CleanedData.csvRows(omgang: omgang, reconciliation: reconciliation)
        if keepPersonalData, !rows.isEmpty {
            // The rows follow the reconciliation's insatser in order (CleanedData's own loop).
            var contacts: [[String]] = []
            for a in reconciliation.avstamningar {
                for counted in a.insatser where omgang.insatser.indices.contains(counted.insats) {
                    let k = omgang.insatser[counted.insats].kontakt
                    contacts.append([k?.namn ?? "", k?.epost ?? "", k?.telefon ?? ""])
                }
            }
            if contacts.count == rows.count - 1 {
                rows[0] += ["kontaktperson", "epost", "telefon"]
                for i in contacts.indices { rows[i + 1] += contacts[i] }
            }
        }
        return csv(rows)
    }

    /// Rows whose first row is the header, as CSV text.
    static func csv(_ rows: [[String]]) -> String {
        var writer = CSVWriter()
        for row in rows { writer.writeRow(row) }
        return writer.text
    }
}
