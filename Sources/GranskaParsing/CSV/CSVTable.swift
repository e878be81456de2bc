import GranskaCore

/// A CSV file read into memory: one UTF-8 byte buffer plus the end offset of every field and the
/// physical line where every record starts (the design of rust-csv's `ByteRecord`/`Position`).
///
/// Text is decoded only for the fields that are asked for (``field(_:_:)``), so reading a file
/// costs one pass over its bytes. Records are numbered from 0 after the header row.
///
/// ## Dialect decisions
/// Each is decided from the bytes, never configured, and each has a test:
/// - **Quoting** follows RFC 4180: a field that *starts* with `"` is quoted; inside it the
///   delimiter, CR and LF are ordinary characters and `""` stands for one `"`.
/// - **A quote inside an unquoted field** (`5" skärm`) is kept as a literal character.
/// - **Text after a closing quote** (`"abc"x`, also a space) is an input error: the field is not
///   what it looks like, and guessing would change a value silently.
/// - **Delimiter**: the most frequent of `;`, `,` and tab in the first non-empty line, outside
///   quotes (a `"` toggles quoting there). A tie, or none of them, gives `;`; between `,` and tab,
///   `,` wins a tie.
/// - **Line endings**: LF, CRLF and a lone CR (old Excel for Mac) each end a line, wherever they
///   occur, mixed or not. ``CSVDialect/lineEnding`` reports the first one outside quotes.
/// - **Byte order mark**: a UTF-8 BOM (EF BB BF) at the very start is removed so it does not stick
///   to the first header name, and noted as ``CSVDialect/Encoding/utf8WithBOM``. A U+FEFF anywhere
///   else is an ordinary character.
/// - **Encoding**: a file that is valid UTF-8 is UTF-8. Otherwise it is Windows-1252 and is
///   transcoded to UTF-8 once; the five bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D)
///   are an input error with line and column. A file that starts with a BOM but is not valid UTF-8
///   is an input error too (the BOM claims UTF-8). Nothing is ever replaced by U+FFFD.
/// - **NUL bytes** are an input error (line, column): CSV text never holds one; a binary file does.
/// - **Unterminated quote** at the end of the file is an input error pointing at the opening quote.
/// - **Ragged rows**: a record with more or fewer fields than the header is an input error.
/// - **Empty lines** (nothing between two line ends) are skipped, also before the header. A line of
///   spaces is not empty: it is a record with one field.
/// - **Empty file** (nothing but a BOM or empty lines) is an input error; a header without records
///   is a table with zero records.
/// - Values are never trimmed or otherwise changed; only `""` inside quotes is unescaped.
///
/// Positions: lines are 1-based physical lines (a quoted field that spans lines makes the record
/// number and the line differ); columns are 1-based and counted in characters (Unicode scalars) on
/// the physical line where the field starts. Files of 4 GiB or more are refused.
public struct CSVTable: Sendable {
    /// The file's path as given (used in every ``SourceLocation``).
    public let path: String
    /// What was detected about the file.
    public let dialect: CSVDialect
    /// The header row's cells, decoded and unescaped, not trimmed.
    public private(set) var header: [String] = []

    /// The whole text as UTF-8 (transcoded when the file was Windows-1252).
    let text: [UInt8]
    /// 0-based byte offset in `text` where line 1 begins (3 after a removed BOM).
    let textStart: Int
    /// Fields per row (the header's count).
    let width: Int
    /// For row `r` (0 = header), field `c` ends at `fieldEnds[r * width + c]` (0-based byte offset,
    /// exclusive; the raw field includes its quotes).
    let fieldEnds: [UInt32]
    /// 0-based byte offset where each row starts (row 0 = header).
    let rowStarts: [Int]
    /// 1-based physical line where each row starts.
    let rowLines: [Int]

    init(
        path: String, dialect: CSVDialect, text: [UInt8], textStart: Int, width: Int,
        fieldEnds: [UInt32], rowStarts: [Int], rowLines: [Int]
    ) {
        self.path = path
        self.dialect = dialect
        self.text = text
        self.textStart = textStart
        self.width = width
        self.fieldEnds = fieldEnds
        self.rowStarts = rowStarts
        self.rowLines = rowLines
        self.header = (0..<width).map { cell(row: 0, column: $0) }
    }

    /// The number of records after the header.
    public var recordCount: Int { rowStarts.count - 1 }

    /// The number of columns (the header's fields).
    public var columnCount: Int { width }

    /// The number of fields of a record: always ``columnCount``, since a ragged record is an input
    /// error when the file is read.
    public func fieldCount(_ record: Int) -> Int { width }

    /// The 1-based physical line where the header row starts.
    public var headerLine: Int { rowLines[0] }

    /// The 1-based physical line where a record starts.
    ///
    /// - Parameter record: 0-based record index (the first record after the header is 0).
    public func line(_ record: Int) -> Int { rowLines[record + 1] }

    /// The text of one field: quotes removed and `""` unescaped, nothing trimmed.
    ///
    /// - Parameters:
    ///   - record: 0-based record index.
    ///   - column: 0-based column index.
    /// - Complexity: O(length of the field).
    public func field(_ record: Int, _ column: Int) -> String { cell(row: record + 1, column: column) }

    /// True when the field is empty (nothing between the delimiters, or `""`).
    ///
    /// - Complexity: O(1).
    public func isEmpty(_ record: Int, _ column: Int) -> Bool {
        let (start, end) = bounds(row: record + 1, column: column)
        return end - start == 0 || (end - start == 2 && text[start] == CSVScanner.quote)
    }

    /// All fields of one record, decoded.
    ///
    /// - Complexity: O(length of the record).
    public func record(_ record: Int) -> [String] { (0..<width).map { field(record, $0) } }

    /// Where a field starts: file, 1-based physical line, 1-based column in characters.
    ///
    /// - Complexity: O(bytes between the record's start and the field's start).
    public func location(_ record: Int, _ column: Int) -> SourceLocation { position(row: record + 1, column: column) }

    /// Where a header cell starts.
    public func headerLocation(_ column: Int) -> SourceLocation { position(row: 0, column: column) }

    /// Where a record starts (column 1).
    public func recordLocation(_ record: Int) -> SourceLocation {
        SourceLocation(file: path, line: rowLines[record + 1], column: 1)
    }

    // MARK: - Internals

    /// The raw byte range `[start, end)` of a field, quotes included.
    @inline(__always)
    func bounds(row: Int, column: Int) -> (Int, Int) {
        precondition(column >= 0 && column < width, "column out of range")
        let i = row * width + column
        let start = column == 0 ? rowStarts[row] : Int(fieldEnds[i - 1]) + 1
        return (start, Int(fieldEnds[i]))
    }

    func cell(row: Int, column: Int) -> String {
        let (start, end) = bounds(row: row, column: column)
        return text.withUnsafeBufferPointer { buffer in
            guard end > start else { return "" }
            guard buffer[start] == CSVScanner.quote else {
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            }
            let inner = UnsafeBufferPointer(rebasing: buffer[(start + 1)..<(end - 1)])
            guard inner.contains(CSVScanner.quote) else { return String(decoding: inner, as: UTF8.self) }
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(inner.count)
            var i = 0
            while i < inner.count {
                unescaped.append(inner[i])
                i += inner[i] == CSVScanner.quote ? 2 : 1
            }
            return String(decoding: unescaped, as: UTF8.self)
        }
    }

    func position(row: Int, column: Int) -> SourceLocation {
        let (start, _) = bounds(row: row, column: column)
        let rowStart = rowStarts[row]
        let (line, col) = text.withUnsafeBufferPointer { buffer in
            TextPosition.lineAndColumn(buffer, offset: start, from: rowStart, startLine: rowLines[row])
        }
        return SourceLocation(file: path, line: line, column: col)
    }
}
