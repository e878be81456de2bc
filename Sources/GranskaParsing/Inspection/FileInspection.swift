import GranskaCore

/// What granska sees in one CSV file, for `granska inspect FILE`: the detected dialect, how each
/// header cell maps onto the contract, and the records as read.
///
/// Personal columns (contact person, e-mail, telephone) are masked as `***` unless the user asks
/// to see them; an empty personal cell stays empty, so missing contact data still shows.
public struct FileInspection: Hashable, Sendable {
    /// One header cell and what granska makes of it.
    public struct Column: Hashable, Sendable {
        /// The header cell as read.
        public var header: String
        /// The contract column it maps to in the file's kind, or `nil` when unknown.
        public var field: String?
        /// True when it holds personal data.
        public var personal: Bool
    }

    public var path: String
    /// `UTF-8`, `UTF-8 med BOM` or `Windows-1252`.
    public var encoding: String
    /// `;`, `,` or a tab character.
    public var delimiter: String
    /// `LF`, `CRLF`, `CR` or `–`.
    public var lineEnding: String
    /// The header cells as read.
    public var header: [String]
    /// One entry per header cell.
    public var columns: [Column]
    /// The kind of round file the header looks like, or `nil`.
    public var kind: FileKind?
    /// Required columns of ``kind`` that the header lacks.
    public var missingColumns: [String]
    /// Records after the header (all of them, also when fewer are listed).
    public var recordCount: Int
    /// The records listed, all fields as read; personal values masked unless asked for.
    public var records: [[String]]

    /// The mask shown instead of a personal value.
    public static let mask = "***"

    /// Inspects a file.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - showPersonal: show personal values instead of ``mask``.
    ///   - maxRecords: list at most this many records (`nil`: all).
    /// - Throws: ``InputError`` when the file cannot be read as CSV.
    /// - Complexity: O(size of the file).
    public static func inspect(path: String, showPersonal: Bool, maxRecords: Int? = nil) throws -> FileInspection {
        let table = try CSVTable.read(path: path)
        return inspect(table: table, showPersonal: showPersonal, maxRecords: maxRecords)
    }

    /// Inspects a table already read.
    public static func inspect(table: CSVTable, showPersonal: Bool, maxRecords: Int? = nil) -> FileInspection {
        let fileName = FilePaths.lastComponent(table.path).lowercased()
        let kind = ColumnMapping.guessKind(header: table.header)
            ?? FileKind.allCases.first { $0.fileName == fileName }
        let columns: [Column]
        var missing: [String] = []
        if let kind {
            let mapping = ColumnMapping(lenient: table.header, kind: kind)
            columns = table.header.indices.map {
                Column(header: table.header[$0], field: mapping.fields[$0], personal: mapping.personal[$0])
            }
            missing = mapping.missingRequired
        } else {
            columns = table.header.map { Column(header: $0, field: nil, personal: FileKind.isPersonal(header: $0)) }
        }
        let shown = min(table.recordCount, max(0, maxRecords ?? table.recordCount))
        var records: [[String]] = []
        records.reserveCapacity(shown)
        for r in 0..<shown {
            records.append(
                columns.indices.map { c in
                    columns[c].personal && !showPersonal && !table.isEmpty(r, c) ? mask : table.field(r, c)
                })
        }
        return FileInspection(
            path: table.path, encoding: table.dialect.encoding.rawValue, delimiter: table.dialect.delimiterText,
            lineEnding: table.dialect.lineEnding.rawValue, header: table.header, columns: columns, kind: kind,
            missingColumns: missing, recordCount: table.recordCount, records: records)
    }

    /// The machine-readable form: keys `path`, `encoding`, `delimiter`, `line_ending`, `header`,
    /// `kind`, `columns` (`header`, `field`, `personal`), `missing_columns`, `record_count`, `records`.
    public var json: JSONValue {
        .object([
            "path": .string(path),
            "encoding": .string(encoding),
            "delimiter": .string(delimiter),
            "line_ending": .string(lineEnding),
            "header": .array(header.map(JSONValue.string)),
            "kind": .optional(kind?.rawValue),
            "columns": .array(
                columns.map {
                    .object(["header": .string($0.header), "field": .optional($0.field), "personal": .bool($0.personal)])
                }),
            "missing_columns": .array(missingColumns.map(JSONValue.string)),
            "record_count": .int(Int64(recordCount)),
            "records": .array(records.map { .array($0.map(JSONValue.string)) }),
        ])
    }
}
