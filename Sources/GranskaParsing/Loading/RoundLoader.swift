import Foundation
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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw InputError(id: "round.missing-directory", file: directory, message: "mappen '\(directory)' finns inte")
        }
        guard isDirectory.boolValue else {
            throw InputError(
                id: "round.not-a-directory", file: directory,
                message: "'\(directory)' är en fil; ange mappen som innehåller omgang.csv, svar.csv och rekvisitioner.csv")
        }
        let omgangTable = try CSVTable.read(path: path(directory, FileKind.omgang))
        let enkater = try OmgangReader.read(omgangTable)
        let rekvisitionTable = try CSVTable.read(path: path(directory, FileKind.rekvisitioner))
        let rekvisitioner = try RekvisitionReader.read(rekvisitionTable)
        let svarTable = try CSVTable.read(path: path(directory, FileKind.svar))
        let (insatser, notes) = try SvarReader.read(
            svarTable, enkater: enkater, keepPersonalData: options.keepPersonalData)
        return Omgang(
            directory: directory, enkater: enkater, insatser: insatser, rekvisitioner: rekvisitioner,
            register: options.register, notes: notes,
            files: [omgangTable.fileInfo, svarTable.fileInfo, rekvisitionTable.fileInfo])
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
