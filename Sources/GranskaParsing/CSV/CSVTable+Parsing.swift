import GranskaCore

extension CSVTable {
    /// Reads CSV text from bytes, deciding encoding, BOM, delimiter and line ending as the type's
    /// documentation lists.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, as on disk.
    ///   - path: the path to name in locations and errors.
    /// - Throws: ``InputError`` (ids `csv.*`) for an empty file, bad bytes, broken quoting or a
    ///   ragged row, with file, line and column where there is one.
    /// - Complexity: O(n) in the number of bytes: one validation pass, at most one transcoding
    ///   pass, one scanning pass.
    public static func parse(bytes: [UInt8], path: String) throws -> CSVTable {
        guard bytes.count < Int(UInt32.max) else { throw CSVError.tooLarge(path, bytes: bytes.count) }
        if let kind = TextEncoding.spreadsheetSignature(bytes) { throw CSVError.spreadsheet(path, kind: kind) }
        if let utf16 = TextEncoding.utf16ByteOrder(bytes) {
            let result = bytes.withUnsafeBufferPointer {
                TextEncoding.transcodeUTF16($0, bigEndian: utf16 == .utf16BE)
            }
            switch result {
            case .success(let utf8):
                return try parse(text: utf8, start: 0, encoding: utf16, path: path, originalSize: bytes.count)
            case .failure(let bad):
                let (line, column) = bad.decoded.withUnsafeBufferPointer {
                    TextPosition.lineAndColumn($0, offset: $0.count, from: 0)
                }
                throw CSVError.invalidUTF16(SourceLocation(file: path, line: line, column: column), unit: bad.unit)
            }
        }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var text = bytes
        var start = hasBOM ? 3 : 0
        let encoding: CSVDialect.Encoding
        let invalid = bytes.withUnsafeBufferPointer { TextEncoding.firstInvalidUTF8($0, from: start) }
        if let bad = invalid {
            if hasBOM {
                let (line, column) = bytes.withUnsafeBufferPointer {
                    TextPosition.lineAndColumn($0, offset: bad, from: start)
                }
                throw CSVError.invalidUTF8AfterBOM(SourceLocation(file: path, line: line, column: column), byte: bytes[bad])
            }
            let result = bytes.withUnsafeBufferPointer { TextEncoding.transcodeWindows1252($0) }
            switch result {
            case .success(let utf8):
                text = utf8
                start = 0
                encoding = .windows1252
            case .failure(let undefined):
                let (line, column) = bytes.withUnsafeBufferPointer {
                    TextPosition.lineAndColumn($0, offset: undefined.offset, from: 0, singleByte: true)
                }
                throw CSVError.undefinedWindows1252(
                    SourceLocation(file: path, line: line, column: column), byte: undefined.byte)
            }
        } else {
            encoding = hasBOM ? .utf8WithBOM : .utf8
        }
        do {
            return try parse(text: text, start: start, encoding: encoding, path: path, originalSize: bytes.count)
        } catch let error as InputError where error.id == "csv.nul-byte" && TextEncoding.looksLikeUTF16WithoutBOM(bytes) {
            // Not guessed at: only named, so the user can save the file again.
            var named = error
            named.message += "; den ser ut att vara sparad som UTF-16 utan byte-ordningsmärke – spara den som UTF-8"
            throw named
        }
    }

    /// Scans UTF-8 text (transcoded already when the file was not UTF-8).
    ///
    /// - Parameters:
    ///   - start: 0-based byte offset where line 1 begins (3 after a UTF-8 byte order mark).
    ///   - originalSize: the file's size in bytes, for the error when the text outgrows 4 GiB.
    static func parse(
        text: [UInt8], start textStart: Int, encoding: CSVDialect.Encoding, path: String, originalSize: Int
    ) throws -> CSVTable {
        // Field offsets are 32-bit: transcoding can make a file under 4 GiB larger than that.
        guard text.count < Int(UInt32.max) else { throw CSVError.tooLarge(path, bytes: originalSize) }
        let (delimiter, output) = try text.withUnsafeBufferPointer { buffer in
            let delimiter = CSVScanner.detectDelimiter(buffer, from: textStart)
            return (delimiter, try CSVScanner.scan(buffer, from: textStart, delimiter: delimiter, path: path))
        }
        return CSVTable(
            path: path, dialect: CSVDialect(delimiter: delimiter, encoding: encoding, lineEnding: output.lineEnding),
            text: text, textStart: textStart, width: output.width, fieldEnds: output.fieldEnds,
            rowStarts: output.rowStarts, rowLines: output.rowLines)
    }
}
