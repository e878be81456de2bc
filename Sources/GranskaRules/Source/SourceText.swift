import GranskaCore

/// A range of a rule file's text, in UTF-8 bytes: `start` inclusive, `end` exclusive, both
/// 0-based offsets from the start of the file.
public struct ByteRange: Hashable, Sendable, CustomStringConvertible {
    /// 0-based offset of the first byte.
    public var start: Int
    /// 0-based offset one past the last byte.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range that covers both.
    public func union(_ other: ByteRange) -> ByteRange {
        ByteRange(min(start, other.start), max(end, other.end))
    }

    /// `start..<end`, for dumps.
    public var description: String { "\(start)..<\(end)" }
}

/// The text of one rule file, as UTF-8 bytes with a table of line starts, so that a byte offset
/// can be turned into the 1-based line and 1-based column (in characters) a user reads.
public struct SourceText: Sendable {
    /// The file's name as diagnostics print it.
    public let file: String
    /// The text as UTF-8 bytes (a leading byte-order mark removed).
    public let bytes: [UInt8]
    /// 0-based byte offsets where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(file: String, text: String) {
        self.file = file
        var b = Array(text.utf8)
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { b.removeFirst(3) }
        bytes = b
        var starts = [0]
        var i = 0
        while i < b.count {
            if b[i] == 0x0A {
                starts.append(i + 1)
            } else if b[i] == 0x0D {
                if i + 1 < b.count && b[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    /// The 0-based index of the line that holds `offset`.
    ///
    /// - Complexity: O(log lines).
    func lineIndex(of offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// File, 1-based line and 1-based column in characters of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        let li = lineIndex(of: clamped)
        let start = lineStarts[li]
        let column = String(decoding: bytes[start..<clamped], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: li + 1, column: column)
    }

    /// The text of a 1-based line, without its line end; empty past the end of the file.
    public func line(_ number: Int) -> String {
        guard number >= 1 && number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text of a byte range (valid UTF-8, since the source came from a `String`).
    func text(_ range: ByteRange) -> String {
        let s = min(max(0, range.start), bytes.count)
        let e = min(max(s, range.end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// How many characters of `range` lie on the line where it starts (at least 1), for carets.
    func underlineLength(_ range: ByteRange) -> Int {
        let li = lineIndex(of: min(range.start, bytes.count))
        var lineEnd = li + 1 < lineStarts.count ? lineStarts[li + 1] : bytes.count
        while lineEnd > range.start && lineEnd > 0 && (bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D) {
            lineEnd -= 1
        }
        let end = min(range.end, lineEnd)
        guard end > range.start else { return 1 }
        return max(1, text(ByteRange(range.start, end)).count)
    }
}
