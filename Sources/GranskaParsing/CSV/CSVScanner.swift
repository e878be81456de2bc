import GranskaCore

/// The byte-level scanner behind ``CSVTable``: one pass over UTF-8 bytes that records where every
/// field ends and on which physical line every row starts. See ``CSVTable`` for the dialect rules.
enum CSVScanner {
    static let quote: UInt8 = 0x22
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// What one scan produced.
    struct Output {
        /// Row-major field end offsets (0-based, exclusive), `width` per row, row 0 = header.
        var fieldEnds: [UInt32]
        /// 0-based byte offset where each row starts.
        var rowStarts: [Int]
        /// 1-based physical line where each row starts.
        var rowLines: [Int]
        var width: Int
        var lineEnding: CSVDialect.LineEnding
    }

    /// The delimiter of the first non-empty line: the most frequent of `;`, `,`, tab outside
    /// quotes; ties and absence go to the earlier candidate (`;` first).
    ///
    /// - Complexity: O(length of the first line).
    static func detectDelimiter(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var i = start
        while i < b.count && (b[i] == lf || b[i] == cr) { i += 1 }
        var counts = [0, 0, 0]
        var inQuotes = false
        while i < b.count {
            let c = b[i]
            if c == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if c == lf || c == cr { break }
                if c == 0x3B {
                    counts[0] += 1
                } else if c == 0x2C {
                    counts[1] += 1
                } else if c == 0x09 {
                    counts[2] += 1
                }
            }
            i += 1
        }
        var best = 0
        for k in 1..<counts.count where counts[k] > counts[best] { best = k }
        return CSVDialect.candidateDelimiters[best]
    }

    /// Scans `b[start...]` into rows and fields.
    ///
    /// - Throws: ``InputError`` for a NUL byte, an unterminated quote, text after a closing quote,
    ///   a row whose field count differs from the header's, or a file without any row.
    /// - Complexity: O(n) in the number of bytes; memory O(number of fields).
    static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int, delimiter d: UInt8, path: String) throws -> Output {
        let n = b.count
        var fieldEnds: [UInt32] = []
        fieldEnds.reserveCapacity(min(n / 8, 1 << 24) + 16)
        var rowStarts: [Int] = []
        var rowLines: [Int] = []
        var width = -1
        var lineEnding = CSVDialect.LineEnding.none
        var pos = start
        var line = 1
        let fastAbove = max(d, cr)  // every byte above this is ordinary text

        func at(_ offset: Int, rowStart: Int, rowLine: Int) -> SourceLocation {
            let (l, c) = TextPosition.lineAndColumn(b, offset: offset, from: rowStart, startLine: rowLine)
            return SourceLocation(file: path, line: l, column: c)
        }

        while true {
            // Skip empty lines (also before the header).
            while pos < n {
                let c = b[pos]
                if c == lf {
                    if lineEnding == .none { lineEnding = .lf }
                    pos += 1
                } else if c == cr {
                    if pos + 1 < n && b[pos + 1] == lf {
                        if lineEnding == .none { lineEnding = .crlf }
                        pos += 2
                    } else {
                        if lineEnding == .none { lineEnding = .cr }
                        pos += 1
                    }
                } else {
                    break
                }
                line += 1
            }
            if pos >= n { break }
            let rowStart = pos
            let rowLine = line
            rowStarts.append(rowStart)
            rowLines.append(rowLine)
            var fields = 0
            fieldLoop: while true {
                if pos < n && b[pos] == quote {
                    let open = pos
                    pos += 1
                    while true {
                        guard pos < n else {
                            throw CSVError.unterminatedQuote(at(open, rowStart: rowStart, rowLine: rowLine))
                        }
                        let c = b[pos]
                        if c == quote {
                            if pos + 1 < n && b[pos + 1] == quote {
                                pos += 2
                                continue
                            }
                            pos += 1
                            break
                        }
                        if c == lf {
                            line += 1
                        } else if c == cr {
                            if !(pos + 1 < n && b[pos + 1] == lf) { line += 1 }
                        } else if c == 0 {
                            throw CSVError.nulByte(at(pos, rowStart: rowStart, rowLine: rowLine))
                        }
                        pos += 1
                    }
                    if pos < n {
                        let c = b[pos]
                        if c != d && c != lf && c != cr {
                            if c == 0 { throw CSVError.nulByte(at(pos, rowStart: rowStart, rowLine: rowLine)) }
                            throw CSVError.textAfterQuote(
                                at(pos, rowStart: rowStart, rowLine: rowLine), character: character(b, at: pos))
                        }
                    }
                } else {
                    while pos < n {
                        let c = b[pos]
                        if c > fastAbove {
                            pos += 1
                            continue
                        }
                        if c == d || c == lf || c == cr { break }
                        if c == 0 { throw CSVError.nulByte(at(pos, rowStart: rowStart, rowLine: rowLine)) }
                        pos += 1
                    }
                }
                fieldEnds.append(UInt32(truncatingIfNeeded: pos))
                fields += 1
                if pos >= n { break fieldLoop }
                let c = b[pos]
                if c == d {
                    pos += 1
                    continue fieldLoop
                }
                if c == lf {
                    if lineEnding == .none { lineEnding = .lf }
                    pos += 1
                } else if pos + 1 < n && b[pos + 1] == lf {
                    if lineEnding == .none { lineEnding = .crlf }
                    pos += 2
                } else {
                    if lineEnding == .none { lineEnding = .cr }
                    pos += 1
                }
                line += 1
                break fieldLoop
            }
            if width < 0 {
                width = fields
            } else if fields != width {
                throw CSVError.fieldCount(
                    SourceLocation(file: path, line: rowLine, column: 1), fields: fields, headerFields: width)
            }
        }
        guard width > 0 else { throw CSVError.emptyFile(path) }
        // The offsets live as long as the round: give back what the first guess reserved too much
        // (it assumes short fields; svar.csv's are about twice as long).
        if fieldEnds.capacity > fieldEnds.count + fieldEnds.count / 4 {
            let exact = fieldEnds
            fieldEnds = [UInt32](unsafeUninitializedCapacity: exact.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: exact)
            }
        }
        return Output(fieldEnds: fieldEnds, rowStarts: rowStarts, rowLines: rowLines, width: width, lineEnding: lineEnding)
    }

    /// The character starting at `offset`, for quoting in a message.
    static func character(_ b: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        var end = offset + 1
        while end < b.count && end < offset + 4 && b[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[offset..<end]), as: UTF8.self)
    }
}
