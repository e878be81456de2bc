import GranskaCore

/// Reads `rekvisitioner.csv` into ``Rekvisition`` values. Kammarkollegiet's figures are the
/// authority on money, so every value must be right: a bad one is an ``InputError`` with file,
/// line and column.
///
/// All five columns are required. `enkat` and `respondent` are trimmed and must not be empty; a
/// repeated (enkat, respondent) pair is an error. `fordelat`, `rekvirerat` and `aterbetalt` are
/// whole kronor, 0 or more: plain digits, or a spelling ``AmountReader`` reads unambiguously
/// (`1 250 000`, `1 250 tkr`). An empty cell, a negative amount, an unreadable text and a value
/// beyond `Int64.max` are errors.
///
/// A respondent code that lost its leading zero in a spreadsheet (`114` for `0114` in an enkät
/// of kommuner) is read as the register's code and reported as a `data.kod-utan-nolla` note
/// (see ``RespondentCode``); the pair is then checked for repetition with the restored code.
/// A file with a header and no rows is an error: without Kammarkollegiet's figures there is no
/// survey population. `aterbetalt` above `rekvirerat` is an error too: T would be negative.
///
/// An enkät id that `omgang.csv` does not list is not an error (the rows describe no enkät of the
/// round and are not used) but a `data.okand-enkat` note (varning) per id at its first row, with
/// the number of rows, so that a mistyped id does not silently empty an enkät's population.
enum RekvisitionReader {
    /// - Parameters:
    ///   - enkater: the round's enkäter (for the population type of each enkät id).
    ///   - register: the round's register.
    /// - Returns: the rows in file order, and the notes about restored codes.
    /// - Complexity: O(size of the table).
    static func read(
        _ table: CSVTable, enkater: [Enkat] = [], register: Register = .sverige
    ) throws -> (rows: [Rekvisition], notes: [Finding]) {
        let map = try ColumnMapping(table: table, kind: .rekvisitioner)
        let cEnkat = try map.requiredColumn("enkat")
        let cRespondent = try map.requiredColumn("respondent")
        let cFordelat = try map.requiredColumn("fordelat")
        let cRekvirerat = try map.requiredColumn("rekvirerat")
        let cAterbetalt = try map.requiredColumn("aterbetalt")
        guard table.recordCount > 0 else {
            throw InputError(
                id: "round.no-rekvisitioner",
                location: SourceLocation(file: table.path, line: table.headerLine, column: 1),
                message: "rekvisitioner.csv har en rubrikrad men inga rader; utan Kammarkollegiets belopp "
                    + "finns ingen undersökningspopulation")
        }
        var populations: [String: PopulationTyp] = [:]
        for e in enkater where populations[e.id] == nil { populations[e.id] = e.population }
        var notes: [Finding] = []
        var rows: [Rekvisition] = []
        rows.reserveCapacity(table.recordCount)
        var unknown: [(id: String, record: Int, respondent: String, rows: Int)] = []
        var unknownIndex: [String: Int] = [:]
        var firstLine: [SvarKey: Int] = [:]
        firstLine.reserveCapacity(table.recordCount)
        for r in 0..<table.recordCount {
            func key(_ column: Int, _ name: String) throws -> String {
                let value = table.field(r, column).trimmingSpaces()
                guard !value.isEmpty else {
                    throw CellReading.badValue(table, record: r, column: column, message: "\(name) saknas")
                }
                return value
            }
            func kronor(_ column: Int, _ name: String) throws -> Kronor {
                let belopp = AmountReader.read(table.field(r, column))
                let problem: String
                switch (belopp.tolkning, belopp.kronor) {
                case (.siffror, let k?), (.text, let k?):
                    if k >= 0 { return k }
                    problem = "\(name) \(CellReading.quoted(belopp.text)) är negativt; beloppen ska vara 0 eller mer"
                case (.tom, _):
                    problem = "\(name) saknas; skriv 0 om inget belopp finns"
                default:
                    problem = "\(name) \(CellReading.quoted(belopp.text)) går inte att läsa som ett belopp i hela kronor"
                }
                throw CellReading.badValue(table, record: r, column: column, message: problem)
            }
            let enkat = try key(cEnkat, "enkät-id")
            let typed = try key(cRespondent, "respondent")
            var respondent = typed
            if let typ = populations[enkat],
                let code = RespondentCode.restoringLeadingZero(typed, typ: typ, register: register)
            {
                respondent = code
                notes.append(
                    RespondentCode.note(
                        typed: typed, restored: code, enkat: enkat, typ: typ, register: register,
                        location: table.location(r, cRespondent)))
            }
            let pair = SvarKey(enkat: enkat, respondent: respondent)
            if let line = firstLine[pair] {
                let shown = typed == respondent ? "'\(respondent)'" : "'\(typed)' (läst som '\(respondent)')"
                throw CellReading.badValue(
                    table, record: r, column: cEnkat,
                    message: "enkät '\(enkat)' och respondent \(shown) står redan på rad \(line); "
                        + "varje par ska ha en rad")
            }
            firstLine[pair] = table.line(r)
            let fordelat = try kronor(cFordelat, "fordelat")
            let rekvirerat = try kronor(cRekvirerat, "rekvirerat")
            let aterbetalt = try kronor(cAterbetalt, "aterbetalt")
            guard aterbetalt <= rekvirerat else {
                throw CellReading.badValue(
                    table, record: r, column: cAterbetalt,
                    message: "aterbetalt (\(aterbetalt) kr) är större än rekvirerat (\(rekvirerat) kr); "
                        + "mer kan inte ha betalats tillbaka än som rekvirerades")
            }
            if !enkater.isEmpty && populations[enkat] == nil {
                if let i = unknownIndex[enkat] {
                    unknown[i].rows += 1
                } else {
                    unknownIndex[enkat] = unknown.count
                    unknown.append((enkat, r, respondent, 1))
                }
            }
            rows.append(
                Rekvisition(
                    enkat: enkat, respondent: respondent, fordelat: fordelat,
                    rekvirerat: rekvirerat, aterbetalt: aterbetalt, location: table.recordLocation(r)))
        }
        for u in unknown {
            notes.append(
                UnknownEnkat.note(
                    id: u.id, respondent: u.respondent, rows: u.rows, location: table.location(u.record, cEnkat),
                    allvarlighet: .varning, consequence: "raderna hör inte till någon enkät i omgången och används inte"))
        }
        return (rows, notes)
    }
}
