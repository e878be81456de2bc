import GranskaCore

/// Reads a survey round from its folder: `omgang.csv`, `svar.csv` and `rekvisitioner.csv`.
///
/// Each file is read once, as bytes, and only the contract's columns are decoded. What cannot be
/// trusted as a whole (a missing file or column, broken CSV, a bad value in `omgang.csv` or
/// `rekvisitioner.csv`) is an ``InputError``; what one respondent typed badly in `svar.csv` is a
/// finding in ``Omgang/notes`` and reading goes on.
public enum RoundLoader {
    /// Reads the round in `directory`.
    ///
    /// - Parameters:
    ///   - directory: the round's folder; file paths in locations are `directory/omgang.csv` etc.
    ///   - options: whether to keep personal data, and the register.
    /// - Returns: the round, with ``Omgang/files`` describing the three files in the order read.
    /// - Throws: ``InputError`` (exit code 2 in the CLI).
    /// - Complexity: O(total size of the files).
    public static func load(directory: String, options: LoadOptions = .init()) throws -> Omgang {
        guard let isDirectory = FilePaths.isDirectory(directory) else {
            throw InputError(id: "round.missing-directory", file: directory, message: "mappen '\(directory)' finns inte")
        }
        guard isDirectory else {
            throw InputError(
                id: "round.not-a-directory", file: directory,
                message: "'\(directory)' är en fil; ange mappen som innehåller omgang.csv, svar.csv och rekvisitioner.csv")
        }
        let omgangTable = try CSVTable.read(path: path(directory, FileKind.omgang))
        let enkater = try OmgangReader.read(omgangTable)
        let rekvisitionTable = try CSVTable.read(path: path(directory, FileKind.rekvisitioner))
        let rekvisitioner = try RekvisitionReader.read(rekvisitionTable, enkater: enkater, register: options.register)
        let svarTable = try CSVTable.read(path: path(directory, FileKind.svar))
        return try assemble(
            directory: directory, omgang: (omgangTable, enkater), rekvisitioner: (rekvisitionTable, rekvisitioner),
            svar: svarTable, options: options)
    }

    /// Reads a round from its three tables, already read (from memory, another source, or a fuzzer).
    ///
    /// Does what ``load(directory:options:)`` does after reading the files, in the same order:
    /// `omgang`, then `rekvisitioner`, then `svar`; locations name each table's ``CSVTable/path``.
    ///
    /// - Parameters:
    ///   - directory: the folder to name in ``Omgang/directory``.
    /// - Throws: ``InputError``, as ``load(directory:options:)``.
    /// - Complexity: O(total size of the tables).
    public static func load(
        omgang: CSVTable, rekvisitioner: CSVTable, svar: CSVTable, directory: String,
        options: LoadOptions = .init()
    ) throws -> Omgang {
        let enkater = try OmgangReader.read(omgang)
        let rows = try RekvisitionReader.read(rekvisitioner, enkater: enkater, register: options.register)
        return try assemble(
            directory: directory, omgang: (omgang, enkater), rekvisitioner: (rekvisitioner, rows), svar: svar,
            options: options)
    }

    /// Reads `svar.csv` and puts the round together; notes in file order: rekvisitioner, then svar.
    static func assemble(
        directory: String, omgang: (table: CSVTable, enkater: [Enkat]),
        rekvisitioner: (table: CSVTable, read: (rows: [Rekvisition], notes: [Finding])), svar: CSVTable,
        options: LoadOptions
    ) throws -> Omgang {
        let (insatser, svarNotes) = try SvarReader.read(
            svar, enkater: omgang.enkater, register: options.register, keepPersonalData: options.keepPersonalData)
        return Omgang(
            directory: directory, enkater: omgang.enkater, insatser: insatser, rekvisitioner: rekvisitioner.read.rows,
            register: options.register, notes: rekvisitioner.read.notes + svarNotes,
            files: [omgang.table.fileInfo, svar.fileInfo, rekvisitioner.table.fileInfo])
    }

    /// The path of a round's file: `directory/name`, without doubling a trailing `/`.
    public static func path(_ directory: String, _ kind: FileKind) -> String {
        directory.hasSuffix("/") ? directory + kind.fileName : directory + "/" + kind.fileName
    }
}

extension CSVTable {
    /// What was detected about this file, for ``Omgang/files``.
    public var fileInfo: InputFileInfo {
        InputFileInfo(
            path: path, encoding: dialect.encoding.rawValue, delimiter: dialect.delimiterText,
            lineEnding: dialect.lineEnding.rawValue, records: recordCount)
    }
}
