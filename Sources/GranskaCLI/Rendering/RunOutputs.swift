import GranskaCore
import GranskaMetrics
import GranskaParsing
import GranskaReconciliation
import GranskaReports

/// The files `granska run -o OUT` writes, by output group (`--outputs`).
///
/// Only adds to an ``OutputFolder``; the folder is committed all or nothing by the caller. Every
/// CSV goes through `CSVWriter`, which neutralises spreadsheet formulas. The large files are
/// added as producers that write their bytes piece by piece while the folder is committed, so a
/// round of a million insatser never holds `rensad.csv` or `fynd.json` in memory whole.
enum RunOutputs {
    /// `fynd.json` (the `check --format json` document) and `fynd.csv`.
    static func findings(_ report: FindingsReport, into folder: inout OutputFolder) {
        folder.add("fynd.json") { emit in try JSONFindingsRenderer().stream(report, emit: emit) }
        folder.add("fynd.csv") { emit in
            var out = CSVChunks(header: Finding.csvHeader)
            for finding in report.findings { try out.row(finding.csvRow, emit) }
            try out.finish(emit)
        }
    }

    /// `granskningsspar.csv` and `granskningsspar.json`: every change and its reason.
    static func audit(_ trail: AuditTrail, into folder: inout OutputFolder) {
        folder.add("granskningsspar.csv", text: csv(trail.csvRows()))
        folder.add("granskningsspar.json", text: trail.json().serialized() + "\n")
    }

    /// `svarsfrekvens.json` (the `rates --format json` document) and `svarsfrekvens.csv`, one
    /// enkät at a time.
    static func rates(_ rates: [Svarsfrekvens], into folder: inout OutputFolder) {
        folder.add("svarsfrekvens.json") { emit in
            try JSONValue.streamObject(
                RatesCommand.jsonMembers, arrayKey: ResponseRates.jsonArrayKey, count: rates.count,
                write: { w, i in rates[i].write(to: &w) }, emit: emit)
            try emit([0x0A])
        }
        folder.add("svarsfrekvens.csv") { emit in
            var out = CSVChunks(header: ResponseRates.csvHeader)
            for r in rates {
                for row in ResponseRates.csvRows([r]).dropFirst() { try out.row(row, emit) }
            }
            try out.finish(emit)
        }
    }

    /// `rensad.csv`: the reconciliation's cleaned data (the insatser that count, with reported,
    /// corrected and weighted amounts: ``CleanedData/csvRows(omgang:reconciliation:)``), plus the
    /// contact columns only when `keepPersonalData`. Cells are written from the file's bytes.
    ///
    /// - Complexity: O(n) in the number of insatser; memory O(one piece).
    static func cleanedData(_ omgang: Omgang, _ reconciliation: Reconciliation, keepPersonalData: Bool) -> ByteProducer {
        { emit in
            let header = CleanedData.csvHeader + (keepPersonalData ? ["kontaktperson", "epost", "telefon"] : [])
            var out = CSVChunks(header: header)
            var file = ""
            var fileCell: [UInt8] = []
            for a in reconciliation.avstamningar {
                var jCell: [UInt8] = []
                CSVWriter.appendField(a.J?.description ?? "", to: &jCell)
                for counted in a.insatser where omgang.insatser.indices.contains(counted.insats) {
                    let i = omgang.insatser[counted.insats]
                    if counted.location.file != file {
                        file = counted.location.file
                        fileCell = []
                        CSVWriter.appendField(file, to: &fileCell)
                    }
                    out.text(i.enkat)
                    out.text(i.respondent)
                    out.cells(i, .inskickad, through: .medel)
                    out.integer(counted.korrigerat)
                    out.text(counted.usable ? "1" : "0")
                    out.integer(a.T)
                    out.integer(a.sUsable)
                    out.raw(jCell)
                    out.integer(counted.viktat)
                    out.raw(fileCell)
                    out.integer(Int64(counted.location.line))
                    if keepPersonalData {
                        let k = i.kontakt
                        out.text(k?.namn ?? "")
                        out.text(k?.epost ?? "")
                        out.text(k?.telefon ?? "")
                    }
                    try out.endRow(emit)
                }
            }
            try out.finish(emit)
        }
    }

    /// Rows whose first row is the header, as CSV text.
    static func csv(_ rows: [[String]]) -> String {
        var writer = CSVWriter()
        for row in rows { writer.writeRow(row) }
        return writer.text
    }
}
