/// Turns a byte offset into the line and column a user reads.
///
/// Lines end at LF, CR or CRLF (CRLF is one line break). Columns count characters, here Unicode
/// scalars: for UTF-8 every byte that is not a continuation byte (10xxxxxx) starts a character; in
/// a single-byte encoding every byte is one.
enum TextPosition {
    /// The 1-based physical line and 1-based column (in characters) of `offset`.
    ///
    /// - Parameters:
    ///   - bytes: the text.
    ///   - offset: 0-based byte offset of the position.
    ///   - start: 0-based byte offset where line 1 begins (after a removed BOM).
    ///   - startLine: the line number at `start` (1 unless counting from the start of a record).
    ///   - singleByte: true when every byte is one character (Windows-1252 before transcoding).
    /// - Complexity: O(offset − start).
    static func lineAndColumn(
        _ bytes: UnsafeBufferPointer<UInt8>, offset: Int, from start: Int, startLine: Int = 1,
        singleByte: Bool = false
    ) -> (line: Int, column: Int) {
        var line = startLine
        var lineStart = start
        var i = start
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                lineStart = i + 1
            } else if b == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A {
                    i += 1
                }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return (line, characters(bytes, from: lineStart, to: end, singleByte: singleByte) + 1)
    }

    /// The number of characters in `bytes[from..<to]`.
    ///
    /// - Complexity: O(to − from).
    static func characters(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, singleByte: Bool = false) -> Int {
        guard to > from else { return 0 }
        if singleByte { return to - from }
        var count = 0
        for i in from..<to where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
