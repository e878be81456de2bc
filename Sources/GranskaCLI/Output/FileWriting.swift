#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes made in pieces: the producer calls `emit` with each piece, in order; the file is their
/// concatenation. Large outputs (`rensad.csv` of a million insatser) are written this way so the
/// whole file never sits in memory.
public typealias ByteProducer = @Sendable (_ emit: ([UInt8]) throws -> Void) throws -> Void

/// Writes bytes to a path. The output folder transaction writes through this, so tests can inject
/// a writer that fails part-way and check that nothing partial is left behind.
public protocol FileWriting: Sendable {
    /// Writes `data` to `url`, creating or truncating the file.
    func write(_ data: Data, to url: URL) throws

    /// Writes the bytes `produce` makes to a new file at `url`. The default collects them and
    /// calls ``write(_:to:)``.
    func write(to url: URL, producing produce: ByteProducer) throws

    /// True when files may be written from several threads at once (the output folder then
    /// writes its files in parallel). The default is false.
    var writesConcurrently: Bool { get }
}

extension FileWriting {
    public var writesConcurrently: Bool { false }

    public func write(to url: URL, producing produce: ByteProducer) throws {
        var data = Data()
        try produce { data.append(contentsOf: $0) }
        try write(data, to: url)
    }
}

/// The real file system.
public struct SystemFileWriter: FileWriting {
    public init() {}

    /// Stateless: every call opens its own file.
    public var writesConcurrently: Bool { true }

    public func write(_ data: Data, to url: URL) throws {
        try data.write(to: url, options: [.withoutOverwriting])
    }

    /// Streams the pieces straight into a new file (`O_EXCL`, as `.withoutOverwriting`): memory
    /// holds one piece at a time. Errors are reported as `write(_:to:)` reports them.
    public func write(to url: URL, producing produce: ByteProducer) throws {
        let fd = url.withUnsafeFileSystemRepresentation { path -> Int32 in
            guard let path else { return -1 }
            return open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else { throw SystemFileWriter.error(errno, url) }
        var closed = false
        defer { if !closed { _ = close(fd) } }
        try produce { piece in
            let failure = piece.withUnsafeBytes { SystemWrite.all(fd, UnsafeRawBufferPointer($0)) }
            if failure != 0 { throw SystemFileWriter.error(failure, url) }
        }
        closed = true
        guard close(fd) == 0 else { throw SystemFileWriter.error(errno, url) }
    }

    /// A failed system call as the error `Data.write` gives for it, so messages stay the same.
    static func error(_ code: Int32, _ url: URL) -> any Error {
        let cocoa: CocoaError.Code
        switch code {
        case EACCES, EPERM: cocoa = .fileWriteNoPermission
        case ENOSPC, EDQUOT: cocoa = .fileWriteOutOfSpace
        case EROFS: cocoa = .fileWriteVolumeReadOnly
        case ENOENT, EEXIST: cocoa = .fileNoSuchFile
        default: return POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        return CocoaError(cocoa)
    }
}
