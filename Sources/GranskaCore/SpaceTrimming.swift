/// ``Swift/String/trimmingSpaces()`` on UTF-8 bytes: the same white space (space, tab, CR, LF,
/// U+00A0, U+202F) removed from both ends, without making a `String`.
public enum SpaceTrimming {
    /// The bytes without leading and trailing white space.
    ///
    /// - Complexity: O(length of the white space at the ends).
    public static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0
        var hi = b.count
        while lo < hi {
            let s = leadingSpace(b, lo, hi)
            if s == 0 { break }
            lo += s
        }
        while lo < hi {
            let s = trailingSpace(b, lo, hi)
            if s == 0 { break }
            hi -= s
        }
        return UnsafeBufferPointer(rebasing: b[lo..<hi])
    }

    /// Length of the white space character starting at `i` (< `end`), or 0.
    static func leadingSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        switch b[i] {
        case 0x20, 0x09, 0x0A, 0x0D: 1
        case 0xC2 where i + 1 < end && b[i + 1] == 0xA0: 2
        case 0xE2 where i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0xAF: 3
        default: 0
        }
    }

    /// Length of the white space character ending just before `end` (> `start`), or 0.
    static func trailingSpace(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        switch b[end - 1] {
        case 0x20, 0x09, 0x0A, 0x0D: 1
        case 0xA0 where end - 2 >= start && b[end - 2] == 0xC2: 2
        case 0xAF where end - 3 >= start && b[end - 3] == 0xE2 && b[end - 2] == 0x80: 3
        default: 0
        }
    }
}
