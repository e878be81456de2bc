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
    ///   folder, `csv.not-a-file` for a device or socket, `csv.unreadable` when the file cannot be
    ///   opened or read, `csv.too-large` past 4 GiB, and every error of ``parse(bytes:path:)``.
    ///   A named pipe is read to its end; one that no program writes to reads as empty instead of
    ///   waiting forever.
    /// - Complexity: O(n) in the file's size; the bytes are read once into one buffer.
    public static func read(path: String) throws -> CSVTable {
        try parse(bytes: readBytes(path: path), path: path)
    }

    /// The bytes of a file, read straight into one array, with Swedish errors naming the path.
    ///
    /// - Complexity: O(n) in the file's size.
    static func readBytes(path: String) throws -> [UInt8] {
        guard let isDirectory = FilePaths.isDirectory(path) else { throw CSVError.missingFile(path) }
        if isDirectory { throw CSVError.isDirectory(path) }
        // Opened without blocking: opening a named pipe nobody writes to would otherwise wait
        // forever (an unattended CI job would hang). Reads block again once it is open.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            throw CSVError.unreadable(path, reason: errno == EACCES ? "saknar läsrättighet" : "kan inte öppnas")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CSVError.unreadable(path, reason: "kan inte undersökas") }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFIFO else { throw CSVError.notAFile(path) }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        let limit = Int(UInt32.max)
        let expected = type == S_IFREG ? max(0, Int(info.st_size)) : 0
        guard expected < limit else { throw CSVError.tooLarge(path, bytes: expected) }
        // Read the size the file reports in one go, then whatever follows (a file that grew, or
        // one whose size is not known in advance) in chunks until the end.
        var (bytes, failed) = readUpTo(expected, from: fd)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                failed = n < 0
                break
            }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count >= limit { throw CSVError.tooLarge(path, bytes: bytes.count) }
        }
        if failed { throw CSVError.unreadable(path, reason: "läsningen avbröts") }
        return bytes
    }

    /// Up to `expected` bytes from `fd` in one buffer of that capacity; `failed` when a read
    /// failed (not at the end of the file).
    private static func readUpTo(_ expected: Int, from fd: Int32) -> (bytes: [UInt8], failed: Bool) {
        // Never with capacity 0: the standard library would then write the count into the empty
        // array every thread shares, a data race ThreadSanitizer reports.
        guard expected > 0 else { return ([], false) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
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
        return (bytes, failed)
    }
}

/// The system's `read(2)`, named apart from ``CSVTable/read(path:)``.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
