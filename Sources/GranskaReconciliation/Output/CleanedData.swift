import GranskaCore

/// The cleaned data: the insatser that count, with their amounts after reading and correction and
/// their reweighted amounts. Never any personal data (no contact columns).
///
/// One row per insats of a reconciled answer's counting submission that is not a duplicate, in
/// answer order then insats order. Rows of unknown respondents, of superseded submissions and
/// duplicates are not here; the ``AuditTrail`` says why for each.
public enum CleanedData {
    /// The CSV header of ``csvRows(omgang:reconciliation:)``.
    public static let csvHeader = [
        "enkat", "respondent", "inskickad", "insats_nr", "titel", "aktiviteter", "mal", "prestationer", "effekter",
        "status", "malgrupp", "medel", "belopp_kr", "anvandbar", "T", "S_anvandbar", "J", "belopp_viktat", "fil",
        "rad",
    ]

    /// The cleaned data as CSV rows, the header first. `medel` is the text as typed; `belopp_kr`
    /// is whole kronor after reading, sign and tusental correction (empty when unreadable);
    /// `anvandbar` is `1` or `0`; `J` is the exact fraction `T/S`.
    ///
    /// - Complexity: O(n) in the number of insatser.
    public static func csvRows(omgang: Omgang, reconciliation: Reconciliation) -> [[String]] {
        var rows: [[String]] = [csvHeader]
        for a in reconciliation.avstamningar {
            for counted in a.insatser where omgang.insatser.indices.contains(counted.insats) {
                let i = omgang.insatser[counted.insats]
                rows.append([
                    i.enkat, i.respondent, i.inskickadText, i.insatsNrText, i.titel, i.aktiviteter, i.mal,
                    i.prestationer, i.effekter, i.status, i.malgrupp, i.medel.text,
                    counted.korrigerat.map(String.init) ?? "", counted.usable ? "1" : "0",
                    a.T.map(String.init) ?? "", String(a.sUsable), a.J?.description ?? "",
                    counted.viktat.map(String.init) ?? "", counted.location.file, String(counted.location.line),
                ])
            }
        }
        return rows
    }
}
