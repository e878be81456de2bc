import Foundation

/// Writes bytes to a path. The output folder transaction writes through this, so tests can inject
/// a writer that fails part-way and check that nothing partial is left behind.
public protocol FileWriting: Sendable {
    /// Writes `data` to `url`, creating or truncating the file.
    func write(_ data: Data, to url: URL) throws
}

/// The real file system.
public struct SystemFileWriter: FileWriting {
    public init() {}

    public func write(_ data: Data, to url: URL) throws {
        try data.write(to: url, options: [.withoutOverwriting])
    }
}
