#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so a reader never sees half of one: the bytes go to a temporary file in the same
/// folder, which is then renamed over the target (rename is atomic within one file system).
public enum AtomicFile {
    /// Writes `data` to `url` atomically. On failure the temporary file is removed and the target
    /// is unchanged.
    ///
    /// - Throws: ``InputError`` `output.unwritable` naming the file.
    public static func write(_ data: Data, to url: URL, writer: any FileWriting = SystemFileWriter()) throws(InputError) {
        let temp = temporaryURL(for: url)
        do {
            try writer.write(data, to: temp)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw unwritable(url, reason: error)
        }
        do {
            try rename(temp, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw unwritable(url, reason: error)
        }
    }

    /// `<folder>/.<name>.granska-<uuid>.tmp`, beside the target so the rename stays on one file system.
    static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).granska-\(UUID().uuidString).tmp")
    }

    /// POSIX `rename`: replaces `to` atomically.
    static func rename(_ from: URL, to: URL) throws {
        let status = from.withUnsafeFileSystemRepresentation { f in
            to.withUnsafeFileSystemRepresentation { t -> Int32 in
                guard let f, let t else { return -1 }
                return systemRename(f, t)
            }
        }
        if status != 0 {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    static func unwritable(_ url: URL, reason: any Error) -> InputError {
        InputError(
            id: "output.unwritable", file: url.path,
            message: "filen går inte att skriva (\(describe(reason))); ingenting skrevs")
    }

    /// A short description of a file-system error, without Foundation's English sentences where possible.
    static func describe(_ error: any Error) -> String {
        if let c = error as? CocoaError {
            switch c.code {
            case .fileWriteNoPermission: return "saknar behörighet"
            case .fileWriteOutOfSpace: return "disken är full"
            case .fileWriteVolumeReadOnly: return "skrivskyddad volym"
            case .fileNoSuchFile, .fileWriteFileExists: return "sökvägen finns inte eller är upptagen"
            default: break
            }
        }
        if let p = error as? POSIXError { return "systemfel \(p.code.rawValue)" }
        return "skrivfel"
    }
}

/// The files of one run, written all or nothing into one output folder.
///
/// Files are collected (as bytes, or as producers that make their bytes while the file is
/// written), then ``commit(writer:)`` creates the folder if missing, writes
/// every file to a temporary name and, only when all of them are written, renames them into
/// place. On any failure the temporary files are removed and files this commit had already
/// created are removed again, so no partial file (and no half set of new files) remains. A file
/// that already existed and was already replaced stays replaced by a complete new version.
public struct OutputFolder: Sendable {
    /// What a file holds: bytes already made, or bytes made while the file is written.
    public enum Content: Sendable {
        case data(Data)
        /// Made at ``OutputFolder/commit(writer:)`` time, piece by piece, straight into the file.
        case streamed(ByteProducer)
    }

    public var directory: URL
    /// The file names and contents, in the order added.
    public private(set) var files: [(name: String, content: Content)] = []

    public init(directory: URL) { self.directory = directory }

    /// Adds a file (UTF-8 text). A later file with the same name replaces the earlier one.
    public mutating func add(_ name: String, text: String) { add(name, data: Data(text.utf8)) }

    public mutating func add(_ name: String, data: Data) { add(name, content: .data(data)) }

    /// Adds a file whose bytes `produce` makes when the folder is committed (so a large file is
    /// never held in memory whole).
    public mutating func add(_ name: String, producing produce: @escaping ByteProducer) {
        add(name, content: .streamed(produce))
    }

    private mutating func add(_ name: String, content: Content) {
        files.removeAll { $0.name == name }
        files.append((name, content))
    }

    /// Writes every file, all or nothing.
    ///
    /// - Throws: ``InputError`` `output.unwritable` (Swedish message naming the folder or file).
    public func commit(writer: any FileWriting = SystemFileWriter()) throws(InputError) {
        let fm = FileManager.default
        if let isDirectory = FilePaths.isDirectory(directory.path) {
            guard isDirectory else {
                throw InputError(
                    id: "output.unwritable", file: directory.path,
                    message: "utmappen finns redan som en fil, inte som en mapp; ingenting skrevs")
            }
        } else {
            do {
                try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw InputError(
                    id: "output.unwritable", file: directory.path,
                    message: "utmappen går inte att skapa (\(AtomicFile.describe(error))); ingenting skrevs")
            }
        }
        let targets = files.map { directory.appendingPathComponent($0.name) }
        let temps = targets.map { (temp: AtomicFile.temporaryURL(for: $0), target: $0) }
        func cleanUp(created: [URL]) {
            for t in temps { try? fm.removeItem(at: t.temp) }
            for c in created { try? fm.removeItem(at: c) }
        }
        // Each file to its temporary name; on a writer that allows it, on all cores at once.
        let failures = OutputFolder.writeAll(files, to: temps.map(\.temp), writer: writer)
        if let i = failures.firstIndex(where: { $0 != nil }), let error = failures[i] {
            cleanUp(created: [])
            throw AtomicFile.unwritable(targets[i], reason: error)
        }
        var created: [URL] = []
        for t in temps {
            let existed = fm.fileExists(atPath: t.target.path)
            do {
                try AtomicFile.rename(t.temp, to: t.target)
            } catch {
                cleanUp(created: created)
                throw AtomicFile.unwritable(t.target, reason: error)
            }
            if !existed { created.append(t.target) }
        }
    }

    /// Writes `files[i]` to `temps[i]`: in order, stopping at the first failure, or all at once
    /// when the writer allows concurrent writes. The failure of each file, if any.
    private static func writeAll(
        _ files: [(name: String, content: Content)], to temps: [URL], writer: any FileWriting
    ) -> [(any Error)?] {
        @Sendable func write(_ i: Int) throws {
            switch files[i].content {
            case .data(let data): try writer.write(data, to: temps[i])
            case .streamed(let produce): try writer.write(to: temps[i], producing: produce)
            }
        }
        var failures = [(any Error)?](repeating: nil, count: files.count)
        guard writer.writesConcurrently && files.count > 1 else {
            for i in files.indices {
                do { try write(i) } catch {
                    failures[i] = error
                    break
                }
            }
            return failures
        }
        return Parallel.map(files.indices) { i -> (any Error)? in
            do {
                try write(i)
                return nil
            } catch {
                return error
            }
        }
    }

    /// A file-name-safe form of an id such as an enkät id: letters, digits, `-` and `_` kept,
    /// everything else `_`.
    public static func safeName(_ id: String) -> String {
        String(id.unicodeScalars.map { s -> Character in
            switch s {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": Character(s)
            default: "_"
            }
        })
    }
}

/// The system's `rename(2)`, named apart from ``AtomicFile/rename(_:to:)``.
private func systemRename(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 {
    rename(from, to)
}
