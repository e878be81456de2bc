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
enum RekvisitionReader {
    /// - Complexity: O(size of the table).
    static func read(_ table: CSVTable) throws -> [Rekvisition] {
        let map = try ColumnMapping(table: table, kind: .rekvisitioner)
        let cEnkat = try map.requiredColumn("enkat")
        let cRespondent = try map.requiredColumn("respondent")
        let cFordelat = try map.requiredColumn("fordelat")
        let cRekvirerat = try map.requiredColumn("rekvirerat")
        let cAterbetalt = try map.requiredColumn("aterbetalt")
        var rows: [Rekvisition] = []
        rows.reserveCapacity(table.recordCount)
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
            let respondent = try key(cRespondent, "respondent")
            let pair = SvarKey(enkat: enkat, respondent: respondent)
            if let line = firstLine[pair] {
                throw CellReading.badValue(
                    table, record: r, column: cEnkat,
                    message: "enkät '\(enkat)' och respondent '\(respondent)' står redan på rad \(line); "
                        + "varje par ska ha en rad")
            }
            firstLine[pair] = table.line(r)
            rows.append(
                Rekvisition(
                    enkat: enkat, respondent: respondent, fordelat: try kronor(cFordelat, "fordelat"),
                    rekvirerat: try kronor(cRekvirerat, "rekvirerat"), aterbetalt: try kronor(cAterbetalt, "aterbetalt"),
                    location: table.recordLocation(r)))
        }
        return rows
    }
}
