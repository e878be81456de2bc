import GranskaCore

/// Small readers for single cells, shared by the file readers.
enum CellReading {
    /// A non-negative whole number written as plain ASCII digits (surrounding white space ignored),
    /// or `nil` for anything else, including an empty cell and a value beyond `Int.max`.
    ///
    /// - Complexity: O(length of the text).
    static func wholeNumber(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { wholeNumber(bytes: $0) }
    }

    /// A bad value in a file whose values must all be right (`omgang.csv`, `rekvisitioner.csv`).
    static func badValue(_ table: CSVTable, record: Int, column: Int, message: String) -> InputError {
        InputError(id: "data.bad-value", location: table.location(record, column), message: message)
    }

    /// The cell quoted for a message: `'…'`, shortened past 60 characters.
    ///
    /// - Complexity: O(1) in the length of the text (at most 60 characters are looked at), so a
    ///   100 MB cell costs no more than a short one.
    static func quoted(_ text: String) -> String {
        let sixtieth = text.index(text.startIndex, offsetBy: 60, limitedBy: text.endIndex)
        let long = sixtieth != nil && sixtieth != text.endIndex
        let shown = long ? String(text.prefix(57)) + "…" : text
        return "'\(shown)'"
    }
}

extension CellReading {
    /// ``wholeNumber(_:)`` on a cell's UTF-8 bytes, without making a `String`.
    ///
    /// - Complexity: O(length of the cell).
    static func wholeNumber(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for byte in SpaceTrimming.trimmed(bytes) {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let (product, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = product.addingReportingOverflow(Int(byte - 0x30))
            guard !o1 && !o2 else { return nil }
            value = sum
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
