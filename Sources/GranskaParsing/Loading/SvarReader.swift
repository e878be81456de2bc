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
    /// Per ``Insats/Field`` (by raw value): the table column it is read from, or -1.
    let fieldColumns: [Int]

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
        let contact = keepPersonalData && any ? columns : nil
        self.contact = contact
        var fieldColumns = [Int](repeating: -1, count: Insats.Field.allCases.count)
        let read: [(Insats.Field, Int?)] = [
            (.inskickad, cInskickad), (.insatsNr, cInsatsNr), (.titel, cTitel), (.aktiviteter, cAktiviteter),
            (.mal, cMal), (.prestationer, cPrestationer), (.effekter, cEffekter), (.status, cStatus),
            (.malgrupp, cMalgrupp), (.medel, cMedel), (.kontaktperson, contact?.namn), (.epost, contact?.epost),
            (.telefon, contact?.telefon),
        ]
        for (field, column) in read { fieldColumns[field.rawValue] = column ?? -1 }
        self.fieldColumns = fieldColumns
    }

    /// What one chunk read and noticed: its names, notes in row order, and the unknown enkät ids
    /// with their first row.
    struct ChunkNotes: Sendable {
        /// The chunk's enkät ids and respondent codes (trimmed bytes), numbered in order of first use.
        var names = ByteInterner()
        /// Per chunk name number, once looked up: the population type when it is an enkät id of
        /// `omgang.csv` (`.some(nil)`: not one).
        var population: [PopulationTyp??] = []
        /// Per (enkät, respondent as typed) pair of chunk name numbers: the number of the code the
        /// rows are read with (the register's code when a leading zero was restored).
        var respondentRead: [UInt64: UInt32] = [:]
        var notes: [Finding] = []
        /// Unknown enkät id → (first record, its respondent, number of rows), in order of first row.
        var unknown: [(id: String, record: Int, respondent: String, rows: Int)] = []
        var unknownIndex: [UInt32: Int] = [:]
        /// Codes read with a restored leading zero: (enkät, code as typed) → first record, the
        /// register's code, number of rows; in order of first row.
        var restored: [(key: SvarKey, record: Int, code: String, rows: Int)] = []
        var restoredIndex: [SvarKey: Int] = [:]
    }

    /// Reads every record, in chunks of about `chunkSize` records (at most 8 chunks).
    func readAll(chunkSize: Int = SvarReader.chunkSize) -> (insatser: [Insats], notes: [Finding]) {
        let n = table.recordCount
        let ranges = Parallel.ranges(count: n, perChunk: chunkSize)
        var results = [ChunkNotes](repeating: ChunkNotes(), count: ranges.count)
        // (At least capacity 1: with 0 the standard library writes the count into the empty
        // array every thread shares, a data race ThreadSanitizer reports.)
        var rows = [InsatsColumns.Row](unsafeUninitializedCapacity: max(1, n)) { buffer, count in
            let out = UncheckedSendable(buffer)
            results.withUnsafeMutableBufferPointer { resultBuffer in
                let notes = UncheckedSendable(resultBuffer)
                // Each chunk initialises its own rows of `out` and its own slot of `notes`.
                let body: @Sendable (Int) -> Void = { chunk in
                    var local = ChunkNotes()
                    table.text.withUnsafeBufferPointer { text in
                        guard let base = out.value.baseAddress else { return }
                        for r in ranges[chunk] {
                            (base + r).initialize(to: row(r, text, &local))
                        }
                    }
                    notes.value[chunk] = local
                }
                Parallel.forEach(ranges.indices, body)
            }
            count = n
        }
        // One numbering of the names for the whole file, in order of first use (by bytes, so
        // two spellings stay two even when they are equal as Strings).
        var names: [String] = []
        var nameIndex: [[UInt8]: UInt32] = [:]
        var renumber: [[UInt32]] = []
        for result in results {
            renumber.append(
                result.names.values.map { bytes in
                    if let id = nameIndex[bytes] { return id }
                    let id = UInt32(names.count)
                    nameIndex[bytes] = id
                    names.append(String(decoding: bytes, as: UTF8.self))
                    return id
                })
        }
        for chunk in ranges.indices {
            let map = renumber[chunk]
            if map.indices.allSatisfy({ map[$0] == UInt32($0) }) { continue }
            for r in ranges[chunk] {
                rows[r].enkat = map[Int(rows[r].enkat)]
                rows[r].respondent = map[Int(rows[r].respondent)]
            }
        }
        let store = InsatsColumns(
            file: table.path, bytes: table.text, width: table.width, fieldEnds: table.fieldEnds,
            rowStarts: table.rowStarts, rowLines: table.rowLines, firstRow: 1, columns: fieldColumns, rows: rows,
            names: names, hasKontakt: contact != nil)
        let insatser = (0..<n).map { Insats(columns: store, row: $0) }

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
            notes.append(
                UnknownEnkat.note(
                    id: u.id, respondent: u.respondent, rows: u.rows, location: table.location(u.record, cEnkat),
                    allvarlighet: .fel,
                    consequence: u.id.isEmpty
                        ? "raderna kan inte knytas till någon enkät" : "raderna kan inte knytas till någon population"))
        }
        return (insatser, notes)
    }

    /// One record's values, read from its cells' bytes; what cannot be read goes into `local`.
    ///
    /// Names are numbered by the chunk (`local.names`); ``readAll(chunkSize:)`` renumbers them.
    func row(_ r: Int, _ text: UnsafeBufferPointer<UInt8>, _ local: inout ChunkNotes) -> InsatsColumns.Row {
        @inline(__always) func cell(_ column: Int) -> UnsafeBufferPointer<UInt8> {
            let (start, end) = table.bounds(row: r + 1, column: column)
            return UnsafeBufferPointer(rebasing: text[start..<end])
        }
        let enkatID = InsatsColumns.withCell(cell(cEnkat)) { local.names.intern(SpaceTrimming.trimmed($0)) }
        let typedID = InsatsColumns.withCell(cell(cRespondent)) { local.names.intern(SpaceTrimming.trimmed($0)) }
        let inskickad = InsatsColumns.withCell(cell(cInskickad)) { TimestampReader.read(bytes: $0) }
        let insatsNr = InsatsColumns.withCell(cell(cInsatsNr)) { CellReading.wholeNumber(bytes: $0) }
        let (kronor, tolkning) = InsatsColumns.withCell(cell(cMedel)) { AmountReader.parse($0) }
        var blank: UInt16 = 0
        for (field, column) in zip(Insats.Field.allCases, fieldColumns) {
            if column < 0 || InsatsColumns.isBlankCell(cell(column)) { blank |= 1 << field.rawValue }
        }

        // The enkät's population type, looked up once per name.
        while local.population.count < local.names.values.count { local.population.append(nil) }
        if local.population[Int(enkatID)] == nil {
            local.population[Int(enkatID)] = .some(populations[name(enkatID, local)])
        }
        var respondentID = typedID
        if let typ = local.population[Int(enkatID)] ?? nil {
            // A code that lost its leading zero is read as the register's code, and noted.
            let pair = UInt64(enkatID) << 32 | UInt64(typedID)
            if let read = local.respondentRead[pair] {
                respondentID = read
            } else {
                if let code = RespondentCode.restoringLeadingZero(name(typedID, local), typ: typ, register: register) {
                    respondentID = local.names.intern(Array(code.utf8))
                }
                local.respondentRead[pair] = respondentID
            }
            if respondentID != typedID {
                let typed = SvarKey(enkat: name(enkatID, local), respondent: name(typedID, local))
                if let i = local.restoredIndex[typed] {
                    local.restored[i].rows += 1
                } else {
                    local.restoredIndex[typed] = local.restored.count
                    local.restored.append((typed, r, name(respondentID, local), 1))
                }
            }
        } else if let i = local.unknownIndex[enkatID] {
            local.unknown[i].rows += 1
        } else {
            local.unknownIndex[enkatID] = local.unknown.count
            local.unknown.append((name(enkatID, local), r, name(typedID, local), 1))
        }
        if inskickad == nil {
            let inskickadText = table.field(r, cInskickad)
            local.notes.append(
                Finding(
                    regel: "data.inskickad", feltyp: nil, allvarlighet: .varning, enkat: name(enkatID, local),
                    respondent: name(respondentID, local), insatsNr: insatsNr, location: table.location(r, cInskickad),
                    meddelande: inskickadText.isBlank
                        ? "inskickad saknas; svaret kan inte dateras"
                        : "inskickad \(CellReading.quoted(inskickadText)) går inte att läsa som datum och tid "
                            + "(ÅÅÅÅ-MM-DD TT:MM); svaret kan inte dateras"))
        }
        if insatsNr == nil {
            let insatsNrText = table.field(r, cInsatsNr)
            local.notes.append(
                Finding(
                    regel: "data.insats-nr", feltyp: nil, allvarlighet: .varning, enkat: name(enkatID, local),
                    respondent: name(respondentID, local), insatsNr: nil, location: table.location(r, cInsatsNr),
                    meddelande: insatsNrText.isBlank
                        ? "insats_nr saknas"
                        : "insats_nr \(CellReading.quoted(insatsNrText)) är inte ett heltal"))
        }
        return InsatsColumns.Row(
            enkat: enkatID, respondent: respondentID, inskickad: inskickad, insatsNr: insatsNr, kronor: kronor,
            tolkning: tolkning, blank: blank)
    }

    /// A chunk's name as a `String`.
    private func name(_ id: UInt32, _ local: ChunkNotes) -> String {
        String(decoding: local.names.values[Int(id)], as: UTF8.self)
    }
}

/// Hands a buffer to threads that each write their own disjoint part of it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
