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

    /// Appends the UTF-8 encoding of a scalar below U+10000.
    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
