import FuzzDriver
import GranskaParsing

/// libFuzzer entry: any bytes as a CSV file. Every input must either parse or throw an
/// InputError; every field and position of a parsed table must be readable without a trap.
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
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
    guard let again = try? CSVTable.parse(bytes: Array(written.utf8), path: "again.csv") else {
        preconditionFailure("granska cannot read back what its CSV writer wrote")
    }
    precondition(again.header == table.header, "header changed in a write/read round trip")
    precondition(again.recordCount == rows.count, "record count changed in a write/read round trip")
    for record in 0..<rows.count {
        precondition(again.record(record) == rows[record], "a record changed in a write/read round trip")
    }
    return 0
}

@_cdecl("FuzzCSV_main")
func fuzzCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzCSV($0, $1) }
}
