import GranskaCore

/// Reads `svar.csv` into ``Insats`` values. A bad value here is the respondent's, not the file's:
/// it is kept as typed, noted as a ``Finding`` when reading cannot make sense of it, and reading
/// goes on.
///
/// - `enkat` and `respondent` are trimmed (they are keys); everything else is kept exactly as read.
/// - `medel` is read by ``AmountReader`` (the rules judge it).
/// - `inskickad` is read by `Tidpunkt(iso:)`; an empty or unreadable cell is a `data.inskickad`
///   note (varning) and the insats has no time.
/// - `insats_nr` is a whole number 0 or more; otherwise a `data.insats-nr` note (varning).
/// - An enkät id that `omgang.csv` does not list is one `data.okand-enkat` note (fel) per id, at
///   its first row, counting its rows.
/// - The contact columns are read into ``Insats/kontakt`` only when `keepPersonalData` is set.
enum SvarReader {
    /// - Complexity: O(size of the table); only the contract's columns are decoded.
    static func read(_ table: CSVTable, enkater: [Enkat], keepPersonalData: Bool) throws -> (insatser: [Insats], notes: [Finding]) {
        let map = try ColumnMapping(table: table, kind: .svar)
        let cEnkat = try map.requiredColumn("enkat")
        let cRespondent = try map.requiredColumn("respondent")
        let cInskickad = try map.requiredColumn("inskickad")
        let cInsatsNr = try map.requiredColumn("insats_nr")
        let cTitel = try map.requiredColumn("titel")
        let cAktiviteter = try map.requiredColumn("aktiviteter")
        let cMal = try map.requiredColumn("mal")
        let cPrestationer = try map.requiredColumn("prestationer")
        let cEffekter = try map.requiredColumn("effekter")
        let cStatus = try map.requiredColumn("status")
        let cMalgrupp = try map.requiredColumn("malgrupp")
        let cMedel = try map.requiredColumn("medel")
        let contactColumns = (map.column("kontaktperson"), map.column("epost"), map.column("telefon"))
        let readContact = keepPersonalData
            && (contactColumns.0 != nil || contactColumns.1 != nil || contactColumns.2 != nil)

        let known = Set(enkater.map(\.id))
        var unknown: [String: (record: Int, respondent: String, rows: Int)] = [:]
        var unknownOrder: [String] = []
        var insatser: [Insats] = []
        insatser.reserveCapacity(table.recordCount)
        var notes: [Finding] = []

        for r in 0..<table.recordCount {
            let enkat = table.field(r, cEnkat).trimmingSpaces()
            let respondent = table.field(r, cRespondent).trimmingSpaces()
            let inskickadText = table.field(r, cInskickad)
            let insatsNrText = table.field(r, cInsatsNr)
            let inskickad = Tidpunkt(iso: inskickadText)
            let insatsNr = CellReading.wholeNumber(insatsNrText)

            if !known.contains(enkat) {
                if let seen = unknown[enkat] {
                    unknown[enkat] = (seen.record, seen.respondent, seen.rows + 1)
                } else {
                    unknown[enkat] = (r, respondent, 1)
                    unknownOrder.append(enkat)
                }
            }
            if inskickad == nil {
                notes.append(
                    Finding(
                        regel: "data.inskickad", feltyp: nil, allvarlighet: .varning, enkat: enkat,
                        respondent: respondent, insatsNr: insatsNr, location: table.location(r, cInskickad),
                        meddelande: inskickadText.isBlank
                            ? "inskickad saknas; svaret kan inte dateras"
                            : "inskickad \(CellReading.quoted(inskickadText)) går inte att läsa som datum och tid "
                                + "(ÅÅÅÅ-MM-DD TT:MM); svaret kan inte dateras"))
            }
            if insatsNr == nil {
                notes.append(
                    Finding(
                        regel: "data.insats-nr", feltyp: nil, allvarlighet: .varning, enkat: enkat,
                        respondent: respondent, insatsNr: nil, location: table.location(r, cInsatsNr),
                        meddelande: insatsNrText.isBlank
                            ? "insats_nr saknas"
                            : "insats_nr \(CellReading.quoted(insatsNrText)) är inte ett heltal"))
            }
            var kontakt: Kontakt? = nil
            if readContact {
                kontakt = Kontakt(
                    namn: contactColumns.0.map { table.field(r, $0) } ?? "",
                    epost: contactColumns.1.map { table.field(r, $0) } ?? "",
                    telefon: contactColumns.2.map { table.field(r, $0) } ?? "")
            }
            insatser.append(
                Insats(
                    enkat: enkat, respondent: respondent, inskickad: inskickad, inskickadText: inskickadText,
                    insatsNr: insatsNr, insatsNrText: insatsNrText, titel: table.field(r, cTitel),
                    aktiviteter: table.field(r, cAktiviteter), mal: table.field(r, cMal),
                    prestationer: table.field(r, cPrestationer), effekter: table.field(r, cEffekter),
                    status: table.field(r, cStatus), malgrupp: table.field(r, cMalgrupp),
                    medel: AmountReader.read(table.field(r, cMedel)), kontakt: kontakt,
                    location: table.recordLocation(r)))
        }
        for id in unknownOrder {
            guard let seen = unknown[id] else { continue }
            let rows = seen.rows == 1 ? "1 rad" : "\(seen.rows) rader"
            notes.append(
                Finding(
                    regel: "data.okand-enkat", feltyp: nil, allvarlighet: .fel, enkat: id, respondent: seen.respondent,
                    insatsNr: nil, location: table.location(seen.record, cEnkat),
                    meddelande: id.isEmpty
                        ? "enkät-id saknas (\(rows)); raderna kan inte knytas till någon enkät"
                        : "enkäten \(CellReading.quoted(id)) finns inte i omgang.csv (\(rows)); "
                            + "raderna kan inte knytas till någon population"))
        }
        return (insatser, notes)
    }
}
