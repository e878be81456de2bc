#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the running executable is, to find the example round beside it.
enum ExecutablePath {
    /// The executable's absolute path as the system knows it (`/proc/self/exe` on Linux,
    /// `_NSGetExecutablePath` on Apple platforms), else the program name the process was started
    /// with, else `nil`.
    static var current: String? { system ?? CommandLine.arguments.first }

    /// The path from the system, or `nil` when it cannot be read or is no valid UTF-8.
    static var system: String? {
        #if os(Linux) || os(Android)
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return readlink("/proc/self/exe", base.assumingMemoryBound(to: CChar.self), raw.count)
            }
            guard n > 0, n < buffer.count else { return nil }
            return String(validating: buffer[0..<n], as: UTF8.self)
        #elseif canImport(Darwin)
            var size: UInt32 = 0
            _ = _NSGetExecutablePath(nil, &size)
            var buffer = [CChar](repeating: 0, count: Int(size) + 1)
            guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return String(validating: bytes, as: UTF8.self)
        #else
            return nil
        #endif
    }
}
