import Foundation
import GranskaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// The bytes of a file, read straight into one array, with Swedish errors naming the path.
    ///
    /// - Complexity: O(n) in the file's size.
    static func readBytes(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CSVError.missingFile(path)
        }
        if isDirectory.boolValue { throw CSVError.isDirectory(path) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CSVError.unreadable(path, reason: errno == EACCES ? "saknar läsrättighet" : "kan inte öppnas")
        }
        defer { close(fd) }
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
        var failed = false
        // Read the size the file reports in one go, then whatever follows (a file that grew, or
        // one whose size is not known in advance) in chunks until the end.
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < expected {
                let n = systemRead(fd, base + count, expected - count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failed = n < 0
                    return
                }
                count += n
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                failed = n < 0
                break
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
        if failed { throw CSVError.unreadable(path, reason: "läsningen avbröts") }
        return bytes
    }
}

/// The system's `read(2)`, named apart from ``CSVTable/read(path:)``.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
