import GranskaCore
import GranskaParsing
import GranskaReports

/// The files `granska run -o OUT` writes, by output group (`--outputs`).
///
/// Only adds to an ``OutputFolder``; the folder is committed all or nothing by the caller.
enum RunOutputs {
    /// `fynd.json` (the `check --format json` document) and `fynd.csv`.
    static func findings(_ report: FindingsReport, into folder: inout OutputFolder) {
        folder.add("fynd.json", text: JSONFindingsRenderer().render(report))
        folder.add("fynd.csv", text: CSVWriter.write(header: Finding.csvHeader, rows: report.findings.map(\.csvRow)))
    }

    /// `rensad.csv`: every insats in file order with its reported amount, the amount read, the
    /// weighted amount (when reconciled) and whether it is used; the contact columns only when
    /// `keepPersonalData` (and only when they were read).
    ///
    /// - Parameters:
    ///   - weighted: the whole-krona weighted amount per insats index, when known.
    ///   - status: why an insats is set aside, per insats index (absent: used).
    /// - Complexity: O(n) in the number of insatser.
    static func cleanedData(
        _ omgang: Omgang, weighted: [Int: Kronor], status: [Int: String], keepPersonalData: Bool
    ) -> String {
        var header = [
            "enkat", "respondent", "inskickad", "insats_nr", "titel", "aktiviteter", "mal", "prestationer", "effekter",
            "status", "malgrupp", "medel", "medel_kr", "viktat_kr", "anvands", "orsak",
        ]
        if keepPersonalData { header += ["kontaktperson", "epost", "telefon"] }
        var writer = CSVWriter()
        writer.writeRow(header)
        for (index, i) in omgang.insatser.enumerated() {
            var row = [
                i.enkat, i.respondent, i.inskickadText, i.insatsNrText, i.titel, i.aktiviteter, i.mal, i.prestationer,
                i.effekter, i.status, i.malgrupp, i.medel.text, i.medel.kronor.map(String.init) ?? "",
                weighted[index].map(String.init) ?? "", status[index] == nil ? "ja" : "nej", status[index] ?? "",
            ]
            if keepPersonalData {
                row += [i.kontakt?.namn ?? "", i.kontakt?.epost ?? "", i.kontakt?.telefon ?? ""]
            }
            writer.writeRow(row)
        }
        return writer.text
    }
}
