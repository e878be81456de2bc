import GranskaCore

/// How the header of one file maps onto the contract's columns of its kind.
///
/// Header cells are matched by ``HeaderName/matchKey(_:)`` against each column's name and aliases.
/// Unknown extra columns are kept in ``fields`` as `nil` (the loader ignores them; the inspection
/// lists them).
public struct ColumnMapping: Hashable, Sendable {
    public let kind: FileKind
    /// The header cells as read.
    public let header: [String]
    /// For each header column (0-based): the contract column's name, or `nil` when unknown.
    public let fields: [String?]
    /// For each header column: true when it holds personal data.
    public let personal: [Bool]
    /// Contract column name → 0-based column index in the file.
    public let index: [String: Int]

    /// The 0-based column of a contract column, or `nil` when the file lacks it.
    public func column(_ name: String) -> Int? { index[name] }

    /// The 0-based column of a column the file must have.
    ///
    /// - Throws: ``InputError`` `mapping.missing-column` when absent (only possible for a lenient
    ///   mapping; a checked one has every required column).
    public func requiredColumn(_ name: String) throws -> Int {
        guard let c = index[name] else {
            throw InputError(id: "mapping.missing-column", file: nil, message: "kolumnen '\(name)' saknas i \(kind.fileName)")
        }
        return c
    }

    /// The 0-based columns the contract does not know.
    public var unknownColumns: [Int] { fields.indices.filter { fields[$0] == nil } }

    /// The contract's required columns of this kind that the header lacks.
    public var missingRequired: [String] { kind.columns.filter { $0.required && index[$0.name] == nil }.map(\.name) }

    /// Maps a header without judging it: duplicates keep the first column, missing columns are
    /// simply absent. Used by the inspection.
    ///
    /// - Complexity: O(total length of the header).
    public init(lenient header: [String], kind: FileKind) {
        var fields: [String?] = []
        var personal: [Bool] = []
        var index: [String: Int] = [:]
        fields.reserveCapacity(header.count)
        for (i, cell) in header.enumerated() {
            let column = kind.column(forHeader: cell)
            fields.append(column?.name)
            personal.append(column?.personal ?? FileKind.isPersonal(header: cell))
            if let name = column?.name, index[name] == nil { index[name] = i }
        }
        self.kind = kind
        self.header = header
        self.fields = fields
        self.personal = personal
        self.index = index
    }

    /// Maps a table's header for loading.
    ///
    /// - Throws: ``InputError`` `mapping.duplicate-column` when two header cells mean the same
    ///   contract column, `mapping.missing-column` when a required column is absent (naming the
    ///   column and the file, and the file it looks like when the header is another kind's: two
    ///   files swapped, or the wrong export saved under the name).
    public init(table: CSVTable, kind: FileKind) throws {
        self.init(lenient: table.header, kind: kind)
        var seen: [String: Int] = [:]
        for (i, name) in fields.enumerated() {
            guard let name else { continue }
            if let first = seen[name] {
                throw InputError(
                    id: "mapping.duplicate-column", location: table.headerLocation(i),
                    message: "kolumnerna '\(header[first])' (kolumn \(first + 1)) och '\(header[i])' "
                        + "(kolumn \(i + 1)) betyder båda '\(name)'; ta bort eller byt namn på den ena")
            }
            seen[name] = i
        }
        if let missing = missingRequired.first {
            let all = missingRequired.map { "'\($0)'" }.joined(separator: ", ")
            var message = missingRequired.count == 1
                ? "kolumnen '\(missing)' saknas i \(kind.fileName)"
                : "kolumnerna \(all) saknas i \(kind.fileName)"
            if let other = ColumnMapping.guessKind(header: table.header), other != kind,
                ColumnMapping(lenient: table.header, kind: other).missingRequired.isEmpty
            {
                message += "; rubrikraden ser ut som i \(other.fileName) – har filerna bytt plats?"
            }
            throw InputError(
                id: "mapping.missing-column",
                location: SourceLocation(file: table.path, line: table.headerLine, column: 1), message: message)
        }
    }

    /// The file kind a header most looks like: the kind with the most header cells that map onto
    /// its columns, contact columns not counted (a tie goes to the kind missing fewer required columns, then to the order of
    /// ``FileKind/allCases``); `nil` when no kind matches at least two cells.
    ///
    /// - Complexity: O(total length of the header).
    public static func guessKind(header: [String]) -> FileKind? {
        var best: (kind: FileKind, matched: Int, missing: Int)? = nil
        for kind in FileKind.allCases {
            let mapping = ColumnMapping(lenient: header, kind: kind)
            let matched = kind.columns.filter { !$0.personal && mapping.index[$0.name] != nil }.count
            let missing = mapping.missingRequired.count
            if let b = best, b.matched > matched || (b.matched == matched && b.missing <= missing) { continue }
            best = (kind, matched, missing)
        }
        guard let best, best.matched >= 2 else { return nil }
        return best.kind
    }
}
