import GranskaCore

/// The note about rows whose enkät id `omgang.csv` does not list (`data.okand-enkat`), one per id
/// at its first row, in `svar.csv` and in `rekvisitioner.csv` alike.
enum UnknownEnkat {
    /// - Parameters:
    ///   - id: the enkät id as read (empty when the cell was).
    ///   - respondent: the first row's respondent.
    ///   - rows: how many rows carry the id.
    ///   - consequence: what it means for the rows, after the `;`.
    static func note(
        id: String, respondent: String, rows: Int, location: SourceLocation, allvarlighet: Allvarlighet,
        consequence: String
    ) -> Finding {
        let count = rows == 1 ? "1 rad" : "\(rows) rader"
        let what = id.isEmpty ? "enkät-id saknas (\(count))" : "enkäten \(CellReading.quoted(id)) finns inte i omgang.csv (\(count))"
        return Finding(
            regel: "data.okand-enkat", feltyp: nil, allvarlighet: allvarlighet, enkat: id, respondent: respondent,
            insatsNr: nil, location: location, meddelande: what + "; " + consequence)
    }
}
