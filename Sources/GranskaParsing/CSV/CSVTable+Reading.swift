import Foundation
import GranskaCore

extension CSVTable {
    /// Reads a CSV file from disk (see ``parse(bytes:path:)`` for the dialect rules).
    ///
    /// - Parameter path: the file's path; it is named as given in every location and error.
    /// - Throws: ``InputError``: `csv.missing-file` when nothing is there, `csv.is-directory` for a
    ///   folder, `csv.unreadable` when the file cannot be opened or read, and every error of
    ///   ``parse(bytes:path:)``.
    /// - Complexity: O(n) in the file's size; the bytes are read once into one buffer.
    public static func read(path: String) throws -> CSVTable {
        try parse(bytes: readBytes(path: path), path: path)
    }

    /// The bytes of a file, with Swedish errors naming the path.
    static func readBytes(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CSVError.missingFile(path)
        }
        if isDirectory.boolValue { throw CSVError.isDirectory(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVError.unreadable(path, reason: "saknar läsrättighet eller kan inte öppnas")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw CSVError.unreadable(path, reason: "läsningen avbröts")
        }
    }
}
