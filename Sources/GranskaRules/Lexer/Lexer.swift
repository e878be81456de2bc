import GranskaCore

/// Turns the bytes of a rule file into tokens.
///
/// Works on UTF-8 bytes, not `Character`s. White space and line ends separate tokens and are
/// otherwise insignificant; `#` starts a comment to the end of the line. A character that cannot
/// start a token is reported (`rules.bad-character`) and skipped, and lexing goes on.
///
/// Strings are written in double quotes on one line. Inside them `\"` is a quote and `\\` a
/// backslash; any other backslash stays as written (so patterns can say `\d`). The string right
/// after `meddelande` is a message: `{expr}` is a placeholder and `{{`/`}}` are literal braces.
struct Lexer {
    private let bytes: [UInt8]
    private var pos: Int
    private let end: Int

    /// Lexes `range` of the source (the whole file, or a placeholder inside a message).
    ///
    /// - Returns: The tokens, always ending with `.eof` at `range.end`.
    /// - Complexity: O(n) in the bytes of `range`.
    static func tokenize(_ source: SourceText, range: ByteRange? = nil, sink: inout DiagnosticSink) -> [Token] {
        let r = range ?? ByteRange(0, source.bytes.count)
        var lexer = Lexer(bytes: source.bytes, pos: r.start, end: r.end)
        var tokens: [Token] = []
        while true {
            let messageMode = tokens.last?.isKeyword(.meddelande) ?? false
            guard let token = lexer.next(messageMode: messageMode, sink: &sink) else { continue }
            tokens.append(token)
            if token.kind == .eof { return tokens }
        }
    }

    // MARK: - Scanning

    /// The next token, or `nil` after skipping a bad character (already reported).
    private mutating func next(messageMode: Bool, sink: inout DiagnosticSink) -> Token? {
        skipTrivia()
        guard pos < end else { return Token(kind: .eof, range: ByteRange(end, end), text: "") }
        let start = pos
        let b = bytes[pos]
        if isDigit(b) { return number(sink: &sink) }
        if b == UInt8(ascii: "\"") { return string(messageMode: messageMode, sink: &sink) }
        if let p = punct() { return Token(kind: .punct(p), range: ByteRange(start, pos), text: p.rawValue) }
        let (scalar, length) = decodeScalar(at: pos)
        if isIdentifierStart(scalar) { return identifier() }
        pos += length
        let shown = scalar.value < 0x20 ? "U+\(String(scalar.value, radix: 16, uppercase: true))" : String(scalar)
        sink.emit(.badCharacter, ByteRange(start, pos), "oväntat tecken '\(shown)'")
        return nil
    }

    private mutating func skipTrivia() {
        while pos < end {
            let b = bytes[pos]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                pos += 1
            } else if b == 0xC2 && pos + 1 < end && bytes[pos + 1] == 0xA0 {
                pos += 2  // no-break space
            } else if b == UInt8(ascii: "#") {
                while pos < end && bytes[pos] != 0x0A && bytes[pos] != 0x0D { pos += 1 }
            } else {
                return
            }
        }
    }

    private mutating func punct() -> Punct? {
        let b = bytes[pos]
        let next: UInt8 = pos + 1 < end ? bytes[pos + 1] : 0
        let p: Punct
        var width = 1
        switch b {
        case UInt8(ascii: "("): p = .lparen
        case UInt8(ascii: ")"): p = .rparen
        case UInt8(ascii: "["): p = .lbracket
        case UInt8(ascii: "]"): p = .rbracket
        case UInt8(ascii: ","): p = .comma
        case UInt8(ascii: "."): p = .dot
        case UInt8(ascii: "+"): p = .plus
        case UInt8(ascii: "-"): p = .minus
        case UInt8(ascii: "*"): p = .star
        case UInt8(ascii: "="):
            p = .eq
            if next == UInt8(ascii: "=") { width = 2 }
        case UInt8(ascii: "!"):
            guard next == UInt8(ascii: "=") else { return nil }
            p = .ne
            width = 2
        case UInt8(ascii: "<"):
            p = next == UInt8(ascii: "=") ? .le : .lt
            width = next == UInt8(ascii: "=") ? 2 : 1
        case UInt8(ascii: ">"):
            p = next == UInt8(ascii: "=") ? .ge : .gt
            width = next == UInt8(ascii: "=") ? 2 : 1
        default: return nil
        }
        pos += width
        return p
    }

    private mutating func identifier() -> Token {
        let start = pos
        while pos < end {
            let (s, length) = decodeScalar(at: pos)
            guard isIdentifierStart(s) || (s.value < 0x80 && isDigit(UInt8(s.value))) else { break }
            pos += length
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        let folded = NameFolding.fold(text)
        let kind: TokenKind = Keyword.from(folded: folded).map { .keyword($0) } ?? .identifier
        return Token(kind: kind, range: ByteRange(start, pos), text: text, folded: folded)
    }

    /// An integer, or a date `YYYY-MM-DD` written without spaces.
    private mutating func number(sink: inout DiagnosticSink) -> Token {
        let start = pos
        while pos < end && isDigit(bytes[pos]) { pos += 1 }
        if pos - start == 4, let dateEnd = dateTail(from: pos) {
            pos = dateEnd
            let text = String(decoding: bytes[start..<pos], as: UTF8.self)
            guard let d = Datum(iso: text) else {
                sink.emit(.badDate, ByteRange(start, pos), "'\(text)' är inget giltigt datum")
                return Token(kind: .date(Datum(dayNumber: 0)), range: ByteRange(start, pos), text: text)
            }
            return Token(kind: .date(d), range: ByteRange(start, pos), text: text)
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        guard let value = Int64(text) else {
            sink.emit(.badNumber, ByteRange(start, pos), "talet '\(text)' är för stort")
            return Token(kind: .integer(0), range: ByteRange(start, pos), text: text)
        }
        return Token(kind: .integer(value), range: ByteRange(start, pos), text: text)
    }

    /// The end of `-MM-DD` starting at `p`, when the bytes there spell it.
    private func dateTail(from p: Int) -> Int? {
        guard p + 6 <= end, bytes[p] == UInt8(ascii: "-"), isDigit(bytes[p + 1]), isDigit(bytes[p + 2]),
            bytes[p + 3] == UInt8(ascii: "-"), isDigit(bytes[p + 4]), isDigit(bytes[p + 5])
        else { return nil }
        if p + 6 < end && isDigit(bytes[p + 6]) { return nil }
        return p + 6
    }

    /// A string literal on one line; in message mode, with its placeholder pieces.
    private mutating func string(messageMode: Bool, sink: inout DiagnosticSink) -> Token {
        let start = pos
        pos += 1
        var value: [UInt8] = []
        var segments: [StringSegment] = []
        var textPiece: [UInt8] = []
        func flushText() {
            if !textPiece.isEmpty {
                segments.append(.text(String(decoding: textPiece, as: UTF8.self)))
                textPiece.removeAll()
            }
        }
        while pos < end {
            let b = bytes[pos]
            if b == 0x0A || b == 0x0D { break }
            if b == UInt8(ascii: "\"") {
                pos += 1
                flushText()
                return Token(
                    kind: .string, range: ByteRange(start, pos), text: String(decoding: value, as: UTF8.self),
                    segments: segments)
            }
            if b == UInt8(ascii: "\\") && pos + 1 < end
                && (bytes[pos + 1] == UInt8(ascii: "\"") || bytes[pos + 1] == UInt8(ascii: "\\"))
            {
                value.append(bytes[pos + 1])
                textPiece.append(bytes[pos + 1])
                pos += 2
                continue
            }
            if messageMode && b == UInt8(ascii: "{") {
                if pos + 1 < end && bytes[pos + 1] == UInt8(ascii: "{") {
                    value.append(b)
                    textPiece.append(b)
                    pos += 2
                    continue
                }
                let open = pos
                guard let close = placeholderEnd(from: pos + 1) else {
                    sink.emit(.unterminatedPlaceholder, ByteRange(open, open + 1), "'{' i meddelandet saknar sitt '}'")
                    while pos < end && bytes[pos] != 0x0A && bytes[pos] != 0x0D { pos += 1 }
                    return Token(kind: .string, range: ByteRange(start, pos), text: "", segments: [])
                }
                flushText()
                segments.append(.placeholder(ByteRange(open + 1, close)))
                value.append(contentsOf: bytes[open...close])
                pos = close + 1
                continue
            }
            if messageMode && b == UInt8(ascii: "}") && pos + 1 < end && bytes[pos + 1] == UInt8(ascii: "}") {
                value.append(b)
                textPiece.append(b)
                pos += 2
                continue
            }
            value.append(b)
            textPiece.append(b)
            pos += 1
        }
        sink.emit(.unterminatedString, ByteRange(start, pos), "texten saknar avslutande '\"' på samma rad")
        return Token(kind: .string, range: ByteRange(start, pos), text: String(decoding: value, as: UTF8.self))
    }

    /// The offset of the `}` closing a placeholder whose text starts at `p`, skipping strings
    /// inside it; `nil` when the line ends first.
    private func placeholderEnd(from p: Int) -> Int? {
        var i = p
        var inString = false
        while i < end {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D { return nil }
            if inString {
                if b == UInt8(ascii: "\\") && i + 1 < end { i += 2; continue }
                if b == UInt8(ascii: "\"") { inString = false }
            } else {
                if b == UInt8(ascii: "\"") { inString = true }
                if b == UInt8(ascii: "}") { return i }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Characters

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private func isIdentifierStart(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let b = UInt8(s.value)
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_")
        }
        return s.properties.isAlphabetic
    }

    /// The scalar at byte `p` and its length in bytes. The text came from a `String`, so it is
    /// valid UTF-8; a stray byte decodes as U+FFFD of length 1 all the same, never trapping.
    private func decodeScalar(at p: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[p]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, p + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let b = bytes[p + k]
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = (value << 6) | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
