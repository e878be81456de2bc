import GranskaCore

/// Reads `omgang.csv` into ``Enkat`` values. Every value must be right: a bad one is an
/// ``InputError`` with file, line and column.
///
/// Required columns: `enkat`, `population`, `sista_svarsdag`. `omrade`, `referensar`,
/// `insamling_start`, `insamling_slut` and `paminnelser` may be absent, and their cells may be
/// empty (read as "not given"); a cell that is present and unreadable is an error. The enkät id is
/// trimmed; an empty or repeated id is an error. A file with a header and no rows is an error: a
/// round without enkäter cannot be checked.
enum OmgangReader {
    /// - Complexity: O(size of the table).
    static func read(_ table: CSVTable) throws -> [Enkat] {
        let map = try ColumnMapping(table: table, kind: .omgang)
        guard table.recordCount > 0 else {
            throw InputError(
                id: "round.no-enkater", location: SourceLocation(file: table.path, line: table.headerLine, column: 1),
                message: "omgang.csv har en rubrikrad men inga enkäter; varje enkät i omgången ska stå på en rad")
        }
        let cEnkat = try map.requiredColumn("enkat")
        let cPopulation = try map.requiredColumn("population")
        let cSista = try map.requiredColumn("sista_svarsdag")
        var enkater: [Enkat] = []
        enkater.reserveCapacity(table.recordCount)
        var firstLine: [String: Int] = [:]
        for r in 0..<table.recordCount {
            func bad(_ column: Int, _ message: String) -> InputError {
                CellReading.badValue(table, record: r, column: column, message: message)
            }
            func optionalDate(_ name: String) throws -> Datum? {
                guard let c = map.column(name) else { return nil }
                let cell = table.field(r, c)
                if cell.isBlank { return nil }
                guard let datum = Datum(iso: cell) else {
                    throw bad(c, "\(name) \(CellReading.quoted(cell)) är inte ett datum av formen ÅÅÅÅ-MM-DD")
                }
                return datum
            }
            func optionalNumber(_ name: String, _ what: String) throws -> Int? {
                guard let c = map.column(name) else { return nil }
                let cell = table.field(r, c)
                if cell.isBlank { return nil }
                guard let n = CellReading.wholeNumber(cell) else {
                    throw bad(c, "\(name) \(CellReading.quoted(cell)) är inte \(what)")
                }
                return n
            }

            let id = table.field(r, cEnkat).trimmingSpaces()
            guard !id.isEmpty else { throw bad(cEnkat, "enkät-id saknas") }
            if let line = firstLine[id] {
                throw bad(cEnkat, "enkäten '\(id)' står redan på rad \(line); varje enkät ska stå på en rad")
            }
            firstLine[id] = table.line(r)
            let populationCell = table.field(r, cPopulation)
            guard let population = PopulationTyp(cell: populationCell) else {
                throw bad(
                    cPopulation,
                    "population \(CellReading.quoted(populationCell)) är okänd; ska vara kommun, region eller lan")
            }
            let sistaCell = table.field(r, cSista)
            guard let sista = Datum(iso: sistaCell) else {
                throw bad(
                    cSista,
                    sistaCell.isBlank
                        ? "sista_svarsdag saknas"
                        : "sista_svarsdag \(CellReading.quoted(sistaCell)) är inte ett datum av formen ÅÅÅÅ-MM-DD")
            }
            let referensar = try optionalNumber("referensar", "ett årtal")
            if let year = referensar, !(1...9999).contains(year), let c = map.column("referensar") {
                throw bad(c, "referensar '\(year)' är inte ett årtal")
            }
            enkater.append(
                Enkat(
                    id: id, population: population, omrade: map.column("omrade").map { table.field(r, $0) } ?? "",
                    referensar: referensar, sistaSvarsdag: sista, insamlingStart: try optionalDate("insamling_start"),
                    insamlingSlut: try optionalDate("insamling_slut"),
                    paminnelser: try optionalNumber("paminnelser", "ett antal (ett heltal 0 eller större)"),
                    location: table.recordLocation(r)))
        }
        return enkater
    }
}
