#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore

/// The contents of `deklaration.txt`: facts for the kvalitetsdeklaration that the data cannot
/// give (purpose, responsible authority, contact, publication, assignment, …).
///
/// Values before the first `[enkät-id]` section apply to every enkät; a section's values override
/// them for that enkät. An absent fact stays absent: the declaration then says that it is missing
/// and which key to add, and never invents one.
public struct DeclarationMetadata: Sendable, Hashable {
    /// The file name granska looks for beside the round's CSV files.
    public static let fileName = "deklaration.txt"

    /// Where the values were read from (for messages), or `nil` when there was no file.
    public var file: String?
    /// Values for every enkät.
    public var common: [MetadataKey: String]
    /// Overrides per enkät id.
    public var perEnkat: [String: [MetadataKey: String]]

    public init(file: String? = nil, common: [MetadataKey: String] = [:], perEnkat: [String: [MetadataKey: String]] = [:]) {
        self.file = file
        self.common = common
        self.perEnkat = perEnkat
    }

    /// No file: every fact is missing.
    public static let empty = DeclarationMetadata()

    /// The values that hold for one enkät: its section's values over the common ones.
    ///
    /// - Complexity: O(k) in the number of keys.
    public func values(for enkat: String) -> [MetadataKey: String] {
        guard let own = perEnkat[enkat] else { return common }
        return common.merging(own) { _, section in section }
    }
}

/// The outcome of reading `deklaration.txt`: the values that could be read and every error, each
/// with file, 1-based line and 1-based column (in characters).
public struct MetadataReadResult: Sendable, Hashable {
    public var metadata: DeclarationMetadata
    public var errors: [InputError]
}

extension DeclarationMetadata {
    /// Reads `deklaration.txt` in `directory`. A missing file is no error: the result is empty
    /// (every fact missing); an unreadable one is.
    ///
    /// - Parameters:
    ///   - knownEnkater: the round's enkät ids; a section naming another id is an error. `nil`
    ///     skips that check.
    /// - Complexity: O(n) in the file's size, which is capped at ``MetadataReader/maxBytes``.
    public static func load(directory: URL, knownEnkater: Set<String>? = nil) -> MetadataReadResult {
        let url = directory.appendingPathComponent(fileName)
        return load(file: url, knownEnkater: knownEnkater)
    }

    /// Reads a metadata file at `url` (see ``load(directory:knownEnkater:)``).
    public static func load(file url: URL, knownEnkater: Set<String>? = nil) -> MetadataReadResult {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            return MetadataReadResult(metadata: .empty, errors: [])
        }
        let size = FileSize.of(path) ?? 0
        guard size <= MetadataReader.maxBytes else {
            return MetadataReadResult(metadata: .empty, errors: [MetadataReader.tooLarge(file: path)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return MetadataReadResult(
                metadata: .empty,
                errors: [InputError(id: "deklaration.olaslig", file: path, message: "Filen går inte att läsa.")])
        }
        return MetadataReader.parse([UInt8](data), file: path, knownEnkater: knownEnkater)
    }
}
