/// Byte-level text encoding helpers for the CSV reader: UTF-8 validation and the Windows-1252
/// (cp1252) transcoder. Nothing here ever produces U+FFFD: a byte that cannot be read is reported
/// by offset and the caller turns it into an ``InputError`` with line and column.
enum TextEncoding {
    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or `nil` when
    /// `bytes[start...]` is valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var i = start
        while i < n {
            // Skip ASCII eight bytes at a time.
            while i + 8 <= n
                && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
            }
            guard i < n else { break }
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            // Length and the allowed range of the second byte (Unicode Table 3-7).
            var length = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF:
                length = 2
            case 0xE0:
                length = 3
                lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF:
                length = 3
            case 0xED:
                length = 3
                hi = 0x9F
            case 0xF0:
                length = 4
                lo = 0x90
            case 0xF1...0xF3:
                length = 4
            case 0xF4:
                length = 4
                hi = 0x8F
            default:
                return i
            }
            guard i + length <= n else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= lo && b1 <= hi else { return i }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// The five bytes Windows-1252 leaves undefined.
    static func isUndefinedInWindows1252(_ byte: UInt8) -> Bool {
        byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
    }

    /// The Unicode scalars of cp1252 bytes 0x80…0x9F (0 where undefined); 0xA0…0xFF map to
    /// U+00A0…U+00FF and 0x00…0x7F to ASCII.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Transcodes Windows-1252 bytes to UTF-8 in one pass.
    ///
    /// - Returns: the UTF-8 bytes, or the offset of the first undefined byte (0x81, 0x8D, 0x8F,
    ///   0x90, 0x9D) in `bytes`.
    /// - Complexity: O(n) in the number of bytes.
    static func transcodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], UndefinedByte> {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for (i, b) in bytes.enumerated() {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let scalar: UInt32 = b >= 0xA0 ? UInt32(b) : windows1252High[Int(b) - 0x80]
            guard scalar != 0 else { return .failure(UndefinedByte(offset: i, byte: b)) }
            appendUTF8(scalar, to: &out)
        }
        return .success(out)
    }

    /// An undefined cp1252 byte and where it stands (0-based byte offset).
    struct UndefinedByte: Error {
        var offset: Int
        var byte: UInt8
    }

    /// Appends the UTF-8 encoding of a scalar (at most U+10FFFF, not a surrogate).
    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else if scalar < 0x10000 {
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// The UTF-16 byte order of a file that starts with a UTF-16 byte order mark, or `nil`.
    static func utf16ByteOrder(_ bytes: [UInt8]) -> CSVDialect.Encoding? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LE }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    /// Transcodes UTF-16 to UTF-8 in one pass, starting after the 2-byte byte order mark.
    ///
    /// - Returns: the UTF-8 bytes, or where reading stopped: a lone surrogate or an odd last byte.
    /// - Complexity: O(n) in the number of bytes.
    static func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Result<[UInt8], BadUTF16> {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        @inline(__always) func unit(_ i: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        var i = 2
        while i + 1 < bytes.count {
            let u = unit(i)
            if u < 0xD800 || u > 0xDFFF {
                appendUTF8(u, to: &out)
                i += 2
                continue
            }
            guard u <= 0xDBFF, i + 3 < bytes.count else { return .failure(BadUTF16(decoded: out, unit: u)) }
            let low = unit(i + 2)
            guard low >= 0xDC00 && low <= 0xDFFF else { return .failure(BadUTF16(decoded: out, unit: u)) }
            appendUTF8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
            i += 4
        }
        if i < bytes.count { return .failure(BadUTF16(decoded: out, unit: nil)) }
        return .success(out)
    }

    /// Where UTF-16 could not be read: the UTF-8 of everything before it (to place it by line and
    /// column), and the lone surrogate, or `nil` for an odd number of bytes.
    struct BadUTF16: Error {
        var decoded: [UInt8]
        var unit: UInt32?
    }

    /// True when the first characters alternate with NUL bytes the way ASCII text saved as UTF-16
    /// without a byte order mark does (`e\0n\0` or `\0e\0n`).
    static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
        let n = min(bytes.count, 64) & ~1
        guard n >= 4 else { return false }
        let evens = stride(from: 0, to: n, by: 2).map { bytes[$0] }
        let odds = stride(from: 1, to: n, by: 2).map { bytes[$0] }
        let isText = { (b: UInt8) in b >= 0x09 && b < 0x80 }
        return (odds.allSatisfy { $0 == 0 } && evens.allSatisfy(isText))
            || (evens.allSatisfy { $0 == 0 } && odds.allSatisfy(isText))
    }

    /// The kind of spreadsheet file whose signature the bytes start with, or `nil`: a ZIP archive
    /// (`.xlsx`, `.ods`) or an OLE compound file (`.xls`).
    ///
    /// A ZIP file starts with `PK\u{3}\u{4}` and then the version needed to extract it as a
    /// little-endian 16-bit number whose high byte is 0 in every real archive (versions go up to
    /// 6.3). Requiring that zero keeps text that merely starts with `PK`, two control characters
    /// and more text (a header cell, as the CSV fuzzer wrote one) a CSV file.
    static func spreadsheetSignature(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 6 && bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) && bytes[5] == 0 {
            return "en Excel-arbetsbok (.xlsx) eller annan ZIP-fil"
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "en äldre Excel-arbetsbok (.xls)" }
        return nil
    }
}
