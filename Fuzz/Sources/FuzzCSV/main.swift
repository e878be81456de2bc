import GranskaParsing

/// libFuzzer entry: any bytes as a CSV file. Every input must either parse or throw an
/// InputError; every field and position of a parsed table must be readable without a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let table = try? CSVTable.parse(bytes: bytes, path: "fuzz.csv") else { return 0 }
    _ = table.header
    for record in 0..<table.recordCount {
        _ = table.line(record)
        for column in 0..<table.fieldCount(record) {
            _ = table.field(record, column)
            _ = table.location(record, column)
        }
    }
    // What was read must survive a write and a re-read unchanged.
    let rows = (0..<table.recordCount).map { table.record($0) }
    let written = CSVWriter.write(header: table.header, rows: rows, neutralizesFormulas: false)
    if !table.header.isEmpty, let again = try? CSVTable.parse(bytes: Array(written.utf8), path: "again.csv") {
        precondition(again.header == table.header, "header changed in a write/read round trip")
        precondition(again.recordCount == rows.count, "record count changed in a write/read round trip")
    }
    return 0
}
