/// What ``CSVTable`` detected about a file: its text encoding, field delimiter and line ending.
///
/// Nothing here is configured by the user: each property is decided from the bytes by the rules
/// listed on ``CSVTable``.
public struct CSVDialect: Hashable, Sendable {
    /// The text encoding of the file.
    public enum Encoding: String, Hashable, Sendable, CaseIterable {
        /// Valid UTF-8 without a byte order mark.
        case utf8 = "UTF-8"
        /// Valid UTF-8 that started with a byte order mark (EF BB BF), which was removed.
        case utf8WithBOM = "UTF-8 med BOM"
        /// Not valid UTF-8: read as Windows-1252 (cp1252) and transcoded to UTF-8 once.
        case windows1252 = "Windows-1252"
        /// UTF-16 little-endian with its byte order mark (FF FE), as Excel's "Unicode-text" saves:
        /// transcoded to UTF-8 once.
        case utf16LE = "UTF-16LE"
        /// UTF-16 big-endian with its byte order mark (FE FF): transcoded to UTF-8 once.
        case utf16BE = "UTF-16BE"
    }

    /// The line ending of the file: the first one found (any of the three ends a line anywhere).
    public enum LineEnding: String, Hashable, Sendable, CaseIterable {
        /// `\n` (Unix, modern macOS).
        case lf = "LF"
        /// `\r\n` (Windows, Excel).
        case crlf = "CRLF"
        /// `\r` alone (old Excel for Mac).
        case cr = "CR"
        /// The file has a single line and no line ending.
        case none = "–"
    }

    /// The field delimiter byte: `;`, `,` or tab.
    public var delimiter: UInt8
    public var encoding: Encoding
    public var lineEnding: LineEnding

    public init(delimiter: UInt8, encoding: Encoding, lineEnding: LineEnding) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.lineEnding = lineEnding
    }

    /// True when a byte order mark was removed from the start of the file.
    public var hadBOM: Bool { encoding == .utf8WithBOM || encoding == .utf16LE || encoding == .utf16BE }

    /// The delimiter as a one-character string (`";"`, `","` or a tab character).
    public var delimiterText: String { String(UnicodeScalar(delimiter)) }

    /// The delimiter as a user reads it in a listing: `;`, `,` or `tabb`.
    public var delimiterName: String { delimiter == 0x09 ? "tabb" : delimiterText }

    /// The delimiters granska recognises, in the order that breaks a tie: `;`, `,`, tab.
    public static let candidateDelimiters: [UInt8] = [0x3B, 0x2C, 0x09]
}
