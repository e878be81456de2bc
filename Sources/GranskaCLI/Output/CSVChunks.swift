import GranskaCore
import GranskaParsing

/// CSV rows written into one reused buffer that is handed on in pieces of about 1 MB: a large
/// CSV file is streamed into its file instead of being built whole.
///
/// The header goes through `CSVWriter.writeRow(_:)`; the cells of later rows are written with
/// `CSVWriter.appendField`, which quotes and neutralises formulas exactly as `writeRow` does, so
/// the bytes equal those of `CSVWriter.write(header:rows:)`. Rows must have two or more cells.
struct CSVChunks {
    private var buffer: [UInt8]
    private var cellsInRow = 0
    static let pieceSize = 1 << 20

    init(header: [String]) {
        var writer = CSVWriter()
        writer.writeRow(header)
        buffer = writer.bytes
        buffer.reserveCapacity(CSVChunks.pieceSize + (1 << 16))
    }

    private mutating func separate() {
        if cellsInRow > 0 { buffer.append(CSVWriter.fieldDelimiter) }
        cellsInRow += 1
    }

    /// A text cell.
    mutating func text(_ s: String) {
        separate()
        CSVWriter.appendField(s, to: &buffer)
    }

    /// A cell of an insats, written from the file's bytes.
    mutating func cell(_ insats: Insats, _ field: Insats.Field) {
        separate()
        insats.withUTF8(field) { CSVWriter.appendField($0, to: &buffer) }
    }

    /// The cells `first` through `last` of an insats: copied from the file in one piece when they
    /// stand there side by side and need no quoting or neutralising, else cell by cell.
    mutating func cells(_ insats: Insats, _ first: Insats.Field, through last: Insats.Field) {
        let mark = (bytes: buffer.count, cells: cellsInRow)
        separate()
        let copied = insats.withRawCells(first, through: last) { CSVWriter.appendVerbatim($0, to: &buffer) }
        if copied == true {
            cellsInRow += last.rawValue - first.rawValue
            return
        }
        // Not in one piece: take the separator back and write cell by cell.
        buffer.removeLast(buffer.count - mark.bytes)
        cellsInRow = mark.cells
        for raw in first.rawValue...last.rawValue {
            if let field = Insats.Field(rawValue: raw) { cell(insats, field) }
        }
    }

    /// A whole number, or an empty cell for `nil`.
    mutating func integer(_ value: Int64?) {
        separate()
        if let value { CSVWriter.appendInteger(value, to: &buffer) }
    }

    /// A cell already written (quoted and neutralised) into `bytes`.
    mutating func raw(_ bytes: [UInt8]) {
        separate()
        buffer.append(contentsOf: bytes)
    }

    /// A whole row of text cells.
    mutating func row(_ cells: [String], _ emit: ([UInt8]) throws -> Void) throws {
        for c in cells { text(c) }
        try endRow(emit)
    }

    /// Ends the row; hands the buffer on when it is full.
    mutating func endRow(_ emit: ([UInt8]) throws -> Void) throws {
        buffer.append(0x0A)
        cellsInRow = 0
        if buffer.count >= CSVChunks.pieceSize {
            try emit(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Hands on what is left.
    mutating func finish(_ emit: ([UInt8]) throws -> Void) throws {
        if !buffer.isEmpty { try emit(buffer) }
        buffer = []
    }
}
