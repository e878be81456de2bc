import Dispatch
import GranskaCore

/// Reads `svar.csv` into ``Insats`` values. A bad value here is the respondent's, not the file's:
/// it is kept as typed, noted as a ``Finding`` when reading cannot make sense of it, and reading
/// goes on.
///
/// - `enkat` and `respondent` are trimmed (they are keys); everything else is kept exactly as read.
/// - `medel` is read by ``AmountReader`` (the rules judge it).
/// - `inskickad` is read as `Tidpunkt(iso:)` reads it; an empty or unreadable cell is a
///   `data.inskickad` note (varning) and the insats has no time.
/// - `insats_nr` is a whole number 0 or more; otherwise a `data.insats-nr` note (varning).
/// - An enkät id that `omgang.csv` does not list is one `data.okand-enkat` note (fel) per id, at
///   its first row, counting its rows.
/// - A respondent code that lost its leading zero in a spreadsheet (`114` for `0114`) is read as
///   the register's code and reported as one `data.kod-utan-nolla` note (info) per enkät and code
///   as typed, at its first row, counting its rows (see ``RespondentCode``).
/// - The contact columns are read into ``Insats/kontakt`` only when `keepPersonalData` is set.
///
/// Large files are decoded in a few contiguous chunks on separate threads; the result (order of
/// insatser and of notes) does not depend on the chunking.
struct SvarReader: Sendable {
    let table: CSVTable
    /// Enkät id → its population type, for the enkäter of `omgang.csv`.
    let populations: [String: PopulationTyp]
    let register: Register
    let cEnkat, cRespondent, cInskickad, cInsatsNr, cTitel, cAktiviteter, cMal, cPrestationer, cEffekter: Int
    let cStatus, cMalgrupp, cMedel: Int
    /// The contact columns to read, when personal data is kept and the file has any of them.
    let contact: (namn: Int?, epost: Int?, telefon: Int?)?

    /// Records per chunk below which one thread does all the work.
    static let chunkSize = 65_536

    /// - Complexity: O(size of the table); only the contract's columns are decoded.
    static func read(
        _ table: CSVTable, enkater: [Enkat], register: Register = .sverige, keepPersonalData: Bool
    ) throws -> (insatser: [Insats], notes: [Finding]) {
        let reader = try SvarReader(
            table: table, enkater: enkater, register: register, keepPersonalData: keepPersonalData)
        return reader.readAll()
    }

    init(table: CSVTable, enkater: [Enkat], register: Register = .sverige, keepPersonalData: Bool) throws {
        let map = try ColumnMapping(table: table, kind: .svar)
        self.table = table
        var populations: [String: PopulationTyp] = [:]
        for e in enkater where populations[e.id] == nil { populations[e.id] = e.population }
        self.populations = populations
        self.register = register
        cEnkat = try map.requiredColumn("enkat")
        cRespondent = try map.requiredColumn("respondent")
        cInskickad = try map.requiredColumn("inskickad")
        cInsatsNr = try map.requiredColumn("insats_nr")
        cTitel = try map.requiredColumn("titel")
        cAktiviteter = try map.requiredColumn("aktiviteter")
        cMal = try map.requiredColumn("mal")
        cPrestationer = try map.requiredColumn("prestationer")
        cEffekter = try map.requiredColumn("effekter")
        cStatus = try map.requiredColumn("status")
        cMalgrupp = try map.requiredColumn("malgrupp")
        cMedel = try map.requiredColumn("medel")
        let columns = (namn: map.column("kontaktperson"), epost: map.column("epost"), telefon: map.column("telefon"))
        let any = columns.namn != nil || columns.epost != nil || columns.telefon != nil
        contact = keepPersonalData && any ? columns : nil
    }

    /// What one chunk noticed: notes in row order, and the unknown enkät ids with their first row.
    struct ChunkNotes: Sendable {
        var notes: [Finding] = []
        /// Unknown enkät id → (first record, its respondent, number of rows), in order of first row.
        var unknown: [(id: String, record: Int, respondent: String, rows: Int)] = []
        var unknownIndex: [String: Int] = [:]
        /// Codes read with a restored leading zero: (enkät, code as typed) → first record, the
        /// register's code, number of rows; in order of first row.
        var restored: [(key: SvarKey, record: Int, code: String, rows: Int)] = []
        var restoredIndex: [SvarKey: Int] = [:]
    }

    /// Reads every record, in chunks of about `chunkSize` records (at most 8 chunks).
    func readAll(chunkSize: Int = SvarReader.chunkSize) -> (insatser: [Insats], notes: [Finding]) {
        let n = table.recordCount
        let chunks = max(1, min(8, n / max(1, chunkSize)))
        var results = [ChunkNotes](repeating: ChunkNotes(), count: chunks)
        var insatser: [Insats] = []
        results.withUnsafeMutableBufferPointer { resultBuffer in
            let notes = UncheckedSendable(resultBuffer)
            insatser = [Insats](unsafeUninitializedCapacity: n) { buffer, count in
                let out = UncheckedSendable(buffer)
                // Each chunk initialises its own rows of `out` and its own slot of `notes`.
                let body: @Sendable (Int) -> Void = { chunk in
                    var local = ChunkNotes()
                    if let base = out.value.baseAddress {
                        for r in (n * chunk / chunks)..<(n * (chunk + 1) / chunks) {
                            (base + r).initialize(to: insats(r, &local))
                        }
                    }
                    notes.value[chunk] = local
                }
                if chunks == 1 {
                    body(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: chunks, execute: body)
                }
                count = n
            }
        }
        // Merge the chunks in order: notes by row, unknown ids by first row with counts summed.
        var notes: [Finding] = []
        var unknown: [(id: String, record: Int, respondent: String, rows: Int)] = []
        var unknownIndex: [String: Int] = [:]
        var restored: [(key: SvarKey, record: Int, code: String, rows: Int)] = []
        var restoredIndex: [SvarKey: Int] = [:]
        for result in results {
            notes.append(contentsOf: result.notes)
            for u in result.restored {
                if let i = restoredIndex[u.key] {
                    restored[i].rows += u.rows
                } else {
                    restoredIndex[u.key] = restored.count
                    restored.append(u)
                }
            }
            for u in result.unknown {
                if let i = unknownIndex[u.id] {
                    unknown[i].rows += u.rows
                } else {
                    unknownIndex[u.id] = unknown.count
                    unknown.append(u)
                }
            }
        }
        for u in restored {
            let typ = populations[u.key.enkat] ?? .kommun
            notes.append(
                RespondentCode.note(
                    typed: u.key.respondent, restored: u.code, enkat: u.key.enkat, typ: typ, register: register,
                    location: table.location(u.record, cRespondent), rows: u.rows))
        }
        for u in unknown {
            let rows = u.rows == 1 ? "1 rad" : "\(u.rows) rader"
            notes.append(
                Finding(
                    regel: "data.okand-enkat", feltyp: nil, allvarlighet: .fel, enkat: u.id, respondent: u.respondent,
                    insatsNr: nil, location: table.location(u.record, cEnkat),
                    meddelande: u.id.isEmpty
                        ? "enkät-id saknas (\(rows)); raderna kan inte knytas till någon enkät"
                        : "enkäten \(CellReading.quoted(u.id)) finns inte i omgang.csv (\(rows)); "
                            + "raderna kan inte knytas till någon population"))
        }
        return (insatser, notes)
    }

    /// One record as an insats; what cannot be read goes into `local`.
    func insats(_ r: Int, _ local: inout ChunkNotes) -> Insats {
        let enkat = table.field(r, cEnkat).trimmingSpaces()
        var respondent = table.field(r, cRespondent).trimmingSpaces()
        let inskickadText = table.field(r, cInskickad)
        let insatsNrText = table.field(r, cInsatsNr)
        let inskickad = TimestampReader.read(inskickadText)
        let insatsNr = CellReading.wholeNumber(insatsNrText)

        if let typ = populations[enkat] {
            if let code = RespondentCode.restoringLeadingZero(respondent, typ: typ, register: register) {
                let typed = SvarKey(enkat: enkat, respondent: respondent)
                if let i = local.restoredIndex[typed] {
                    local.restored[i].rows += 1
                } else {
                    local.restoredIndex[typed] = local.restored.count
                    local.restored.append((typed, r, code, 1))
                }
                respondent = code
            }
        } else if let i = local.unknownIndex[enkat] {
            local.unknown[i].rows += 1
        } else {
            local.unknownIndex[enkat] = local.unknown.count
            local.unknown.append((enkat, r, respondent, 1))
        }
        if inskickad == nil {
            local.notes.append(
                Finding(
                    regel: "data.inskickad", feltyp: nil, allvarlighet: .varning, enkat: enkat,
                    respondent: respondent, insatsNr: insatsNr, location: table.location(r, cInskickad),
                    meddelande: inskickadText.isBlank
                        ? "inskickad saknas; svaret kan inte dateras"
                        : "inskickad \(CellReading.quoted(inskickadText)) går inte att läsa som datum och tid "
                            + "(ÅÅÅÅ-MM-DD TT:MM); svaret kan inte dateras"))
        }
        if insatsNr == nil {
            local.notes.append(
                Finding(
                    regel: "data.insats-nr", feltyp: nil, allvarlighet: .varning, enkat: enkat,
                    respondent: respondent, insatsNr: nil, location: table.location(r, cInsatsNr),
                    meddelande: insatsNrText.isBlank
                        ? "insats_nr saknas"
                        : "insats_nr \(CellReading.quoted(insatsNrText)) är inte ett heltal"))
        }
        var kontakt: Kontakt? = nil
        if let contact {
            kontakt = Kontakt(
                namn: contact.namn.map { table.field(r, $0) } ?? "",
                epost: contact.epost.map { table.field(r, $0) } ?? "",
                telefon: contact.telefon.map { table.field(r, $0) } ?? "")
        }
        return Insats(
            enkat: enkat, respondent: respondent, inskickad: inskickad, inskickadText: inskickadText,
            insatsNr: insatsNr, insatsNrText: insatsNrText, titel: table.field(r, cTitel),
            aktiviteter: table.field(r, cAktiviteter), mal: table.field(r, cMal),
            prestationer: table.field(r, cPrestationer), effekter: table.field(r, cEffekter),
            status: table.field(r, cStatus), malgrupp: table.field(r, cMalgrupp),
            medel: AmountReader.read(table.field(r, cMedel)), kontakt: kontakt,
            location: table.recordLocation(r))
    }
}

/// Hands a buffer to threads that each write their own disjoint part of it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
