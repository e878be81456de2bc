#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `write(2)` until every byte is out, for the standard streams and for appending to a file.
enum SystemWrite {
    /// Writes all of `bytes` to `fd`, continuing after a partial write and retrying after an
    /// interruption (`EINTR`).
    ///
    /// - Returns: 0 when every byte was written, else the `errno` of the write that failed (a
    ///   closed pipe is `EPIPE` only when `SIGPIPE` is ignored; by default the signal ends the
    ///   process, as for any command-line tool).
    static func all(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, base + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return n < 0 ? errno : EIO }
            offset += n
        }
        return 0
    }

    /// Writes `text` as UTF-8 to `fd`, as the method above writes bytes.
    static func all(_ fd: Int32, _ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { all(fd, UnsafeRawBufferPointer($0)) }
    }
}
