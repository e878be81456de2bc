/// A position in an input file, as a user reads it.
///
/// `line` is the 1-based physical line (a quoted CSV field that spans lines makes the record
/// number and the line differ); `column` is 1-based and counted in characters, for display.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file's path as the user gave it (or as granska found it).
    public var file: String
    /// 1-based physical line.
    public var line: Int
    /// 1-based column in characters.
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
