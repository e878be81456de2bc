/// The insatser of one `svar.csv`, stored by column: the file's UTF-8 bytes with the offsets of its
/// cells, and per row the values read from them (keys, time, number, amount), packed.
///
/// An ``Insats`` is a row of this storage. Text is decoded only when a property asks for it, so
/// the cost of a round in memory is its bytes plus about 60 bytes of offsets and values per row,
/// where a `String` per cell cost several times the file's size (and a retain per cell whenever
/// an insats was copied). Immutable once made, so it is shared freely between threads.
///
/// Two kinds: the storage the loader makes of a whole file, and the one-row storage an insats
/// made from plain values gets (``Insats/init(enkat:respondent:inskickad:inskickadText:insatsNr:insatsNrText:titel:aktiviteter:mal:prestationer:effekter:status:malgrupp:medel:kontakt:location:)``).
public final class InsatsColumns: Sendable {
    /// The values read from one row, packed.
    public struct Row: Sendable {
        /// Index into ``InsatsColumns/names`` of the trimmed enkät id.
        public var enkat: UInt32
        /// Index into ``InsatsColumns/names`` of the trimmed respondent code.
        public var respondent: UInt32
        /// The amount in whole kronor (valid when `hasKronor`).
        var kronorValue: Int64
        /// The insats number (valid when `hasInsatsNr`).
        var insatsNrValue: Int
        /// `inskickad` packed by ``TidpunktPacking``; 0 when there is none.
        var packedInskickad: UInt64
        /// Bit per ``Insats/Field`` (by raw value): the cell is blank.
        var blank: UInt16
        /// Bits 0–1 the tolkning of `medel`, bit 2 `hasKronor`, bit 3 `hasInsatsNr`.
        var flags: UInt8

        /// - Parameters:
        ///   - blank: bit `1 << field.rawValue` set for each ``Insats/Field`` whose cell is blank
        ///     (see ``InsatsColumns/isBlankCell(_:)``).
        public init(
            enkat: UInt32, respondent: UInt32, inskickad: Tidpunkt?, insatsNr: Int?, kronor: Kronor?,
            tolkning: Belopp.Tolkning, blank: UInt16
        ) {
            self.enkat = enkat
            self.respondent = respondent
            kronorValue = kronor ?? 0
            insatsNrValue = insatsNr ?? 0
            packedInskickad = inskickad.map(TidpunktPacking.pack) ?? 0
            self.blank = blank
            flags = Row.code(tolkning) | (kronor != nil ? 4 : 0) | (insatsNr != nil ? 8 : 0)
        }

        var kronor: Kronor? { flags & 4 != 0 ? kronorValue : nil }
        var insatsNr: Int? { flags & 8 != 0 ? insatsNrValue : nil }
        var inskickad: Tidpunkt? { TidpunktPacking.unpack(packedInskickad) }

        var tolkning: Belopp.Tolkning {
            switch flags & 3 {
            case 0: .tom
            case 1: .siffror
            case 2: .text
            default: .olaslig
            }
        }

        static func code(_ t: Belopp.Tolkning) -> UInt8 {
            switch t {
            case .tom: 0
            case .siffror: 1
            case .text: 2
            case .olaslig: 3
            }
        }
    }

    /// The file's path, as named in every location.
    let file: String
    /// The file's text as UTF-8.
    let bytes: [UInt8]
    /// Cells per table row.
    let width: Int
    /// For table row `t`, cell `c` ends at `fieldEnds[t * width + c]` (0-based byte offset,
    /// exclusive; the raw cell includes its quotes) and starts one byte after the previous cell's
    /// end, or at `rowStarts[t]` for cell 0.
    let fieldEnds: [UInt32]
    let rowStarts: [Int]
    /// 1-based physical line where each table row starts.
    let rowLines: [Int]
    /// The table row of row 0 (1 when the table has a header).
    let firstRow: Int
    /// Per ``Insats/Field`` (by raw value): its table column, or -1 when the file has none.
    let columns: [Int]
    /// The packed values, one per row.
    let rows: [Row]
    /// The enkät ids and respondent codes the rows refer to.
    let names: [String]
    /// True when the contact columns were read.
    let hasKontakt: Bool
    /// The values of the one row of storage made from plain values; `nil` for a file.
    let single: Insats.Values?

    /// Storage for the records of a CSV table (the loader's view of `svar.csv`).
    ///
    /// - Parameters:
    ///   - file: the path named in locations.
    ///   - bytes: the whole text, UTF-8 (already validated).
    ///   - width: cells per table row.
    ///   - fieldEnds: `width` cell end offsets per table row (see the property of that name).
    ///   - rowStarts: byte offset where each table row starts.
    ///   - rowLines: 1-based physical line where each table row starts.
    ///   - firstRow: the table row of ``Row`` 0.
    ///   - columns: per ``Insats/Field`` raw value, its table column or -1.
    ///   - rows: the packed values, one per record.
    ///   - names: what ``Row/enkat`` and ``Row/respondent`` index.
    ///   - hasKontakt: whether the contact cells belong to the insatser (personal data kept).
    ///
    /// Package-internal: the offsets are trusted (cells are read through unchecked buffer
    /// pointers), and only the reader that computed them from `bytes` may make one.
    package init(
        file: String, bytes: [UInt8], width: Int, fieldEnds: [UInt32], rowStarts: [Int], rowLines: [Int],
        firstRow: Int, columns: [Int], rows: [Row], names: [String], hasKontakt: Bool
    ) {
        precondition(columns.count == Insats.Field.allCases.count, "one column per field")
        precondition(fieldEnds.count >= (firstRow + rows.count) * width, "offsets for every row")
        self.file = file
        self.bytes = bytes
        self.width = width
        self.fieldEnds = fieldEnds
        self.rowStarts = rowStarts
        self.rowLines = rowLines
        self.firstRow = firstRow
        self.columns = columns
        self.rows = rows
        self.names = names
        self.hasKontakt = hasKontakt
        single = nil
    }

    /// One-row storage holding `values` as they are.
    init(_ values: Insats.Values) {
        var blank: UInt16 = 0
        for field in Insats.Field.allCases where values.text(field).isBlank { blank |= 1 << field.rawValue }
        if values.kontakt == nil {
            blank |= 1 << Insats.Field.kontaktperson.rawValue | 1 << Insats.Field.epost.rawValue
                | 1 << Insats.Field.telefon.rawValue
        }
        file = values.location.file
        bytes = []
        width = 0
        fieldEnds = []
        rowStarts = []
        rowLines = []
        firstRow = 0
        columns = [Int](repeating: -1, count: Insats.Field.allCases.count)
        rows = [
            Row(
                enkat: 0, respondent: 1, inskickad: nil, insatsNr: values.insatsNr, kronor: values.medel.kronor,
                tolkning: values.medel.tolkning, blank: blank)
        ]
        names = [values.enkat, values.respondent]
        hasKontakt = values.kontakt != nil
        single = values
    }

    /// The number of rows.
    public var count: Int { rows.count }

    // MARK: - Reading

    func inskickad(_ row: Int) -> Tidpunkt? {
        if let single { return single.inskickad }
        return rows[row].inskickad
    }

    func location(_ row: Int) -> SourceLocation {
        if let single { return single.location }
        return SourceLocation(file: file, line: rowLines[firstRow + row], column: 1)
    }

    /// Where a cell starts (its first character, an opening quote included): the record's line
    /// plus the line breaks inside earlier cells of the row, and the column in characters from
    /// that line's start. `nil` when the file has no such column or the storage holds plain values.
    ///
    /// - Complexity: O(length of the row up to the cell).
    func location(_ row: Int, _ field: Insats.Field) -> SourceLocation? {
        guard single == nil, let (start, _) = bounds(row, field) else { return nil }
        let t = firstRow + row
        var line = rowLines[t]
        var lineStart = rowStarts[t]
        return bytes.withUnsafeBufferPointer { b in
            var i = lineStart
            while i < start {
                if b[i] == 0x0A || b[i] == 0x0D {
                    if b[i] == 0x0D && i + 1 < start && b[i + 1] == 0x0A { i += 1 }
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
            var column = 1
            for k in lineStart..<start where b[k] & 0xC0 != 0x80 { column += 1 }
            return SourceLocation(file: file, line: line, column: column)
        }
    }

    /// The raw byte range `[start, end)` of a cell, quotes included; `nil` when the file has no
    /// such column.
    @inline(__always)
    func bounds(_ row: Int, _ field: Insats.Field) -> (Int, Int)? {
        let c = columns[field.rawValue]
        guard c >= 0 else { return nil }
        let t = firstRow + row
        let i = t * width + c
        let start = c == 0 ? rowStarts[t] : Int(fieldEnds[i - 1]) + 1
        return (start, Int(fieldEnds[i]))
    }

    func text(_ row: Int, _ field: Insats.Field) -> String {
        if let single { return single.text(field) }
        return withUTF8(row, field) { String(decoding: $0, as: UTF8.self) }
    }

    func withUTF8<R>(_ row: Int, _ field: Insats.Field, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let single {
            var text = single.text(field)
            return try text.withUTF8(body)
        }
        guard let (start, end) = bounds(row, field), end > start else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return try bytes.withUnsafeBufferPointer { buffer in
            try InsatsColumns.withCell(UnsafeBufferPointer(rebasing: buffer[start..<end]), body)
        }
    }

    func withRawCells<R>(_ row: Int, _ first: Insats.Field, _ last: Insats.Field, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard single == nil else { return nil }
        let c0 = columns[first.rawValue]
        let c1 = columns[last.rawValue]
        guard c0 >= 0, c1 >= c0, last.rawValue - first.rawValue == c1 - c0 else { return nil }
        for f in first.rawValue...last.rawValue where columns[f] != c0 + f - first.rawValue { return nil }
        let t = firstRow + row
        let base = t * width
        let start = c0 == 0 ? rowStarts[t] : Int(fieldEnds[base + c0 - 1]) + 1
        let end = Int(fieldEnds[base + c1])
        return bytes.withUnsafeBufferPointer { b -> R? in
            // The separators between the cells must be `;`.
            for c in c0..<c1 where b[Int(fieldEnds[base + c])] != 0x3B { return nil }
            return body(UnsafeBufferPointer(rebasing: b[start..<end]))
        }
    }

    // MARK: - Cells

    /// Calls `body` with a raw CSV cell's text: a cell that starts with `"` loses its quotes and
    /// has `""` unescaped; any other cell is passed as it is.
    public static func withCell<R>(
        _ raw: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        guard raw.count >= 2, raw[0] == quote else { return try body(raw) }
        let inner = UnsafeBufferPointer(rebasing: raw[1..<(raw.count - 1)])
        guard inner.contains(quote) else { return try body(inner) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(inner.count)
        var i = 0
        while i < inner.count {
            unescaped.append(inner[i])
            i += inner[i] == quote ? 2 : 1
        }
        return try unescaped.withUnsafeBufferPointer(body)
    }

    /// True when a raw CSV cell's text is empty or only white space as ``Swift/String/isBlank``
    /// defines it (space, tab, CR, LF, U+00A0, U+202F); quotes are not part of the text.
    ///
    /// - Complexity: O(length of the cell); stops at the first other byte.
    public static func isBlankCell(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = raw.count >= 2 && raw[0] == quote ? UnsafeBufferPointer(rebasing: raw[1..<(raw.count - 1)]) : raw
        var i = 0
        while i < text.count {
            let space = SpaceTrimming.leadingSpace(text, i, text.count)
            if space == 0 { return false }
            i += space
        }
        return true
    }

    static let quote: UInt8 = 0x22
}
