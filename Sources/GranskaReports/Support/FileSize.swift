#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The size of a file as `FileManager.attributesOfItem` reports it (for a symbolic link, the
/// link itself), in bytes.
enum FileSize {
    /// The size in bytes, or `nil` when the file cannot be examined. FoundationEssentials gives
    /// the size as `UInt`, Foundation on Apple platforms as an `NSNumber`: both cast to `UInt`.
    static func of(_ path: String) -> Int? {
        guard let value = try? FileManager.default.attributesOfItem(atPath: path)[.size] else { return nil }
        if let n = value as? UInt { return Int(clamping: n) }
        if let n = value as? Int { return n }
        if let n = value as? UInt64 { return Int(clamping: n) }
        if let n = value as? Int64 { return Int(clamping: n) }
        return nil
    }
}
