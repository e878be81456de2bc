import GranskaCore

/// Decoding of small user-written text files (templates, `deklaration.txt`): strict UTF-8, never a
/// silent U+FFFD, with the position of the first bad byte.
enum UTF8Text {
    /// The text of `bytes` (a leading BOM dropped), or an error naming the 1-based line and the
    /// 1-based column (in characters) of the first byte that is not valid UTF-8.
    ///
    /// - Parameters:
    ///   - errorID: the stable id of the error, e.g. `deklaration.ogiltig-utf8`.
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8], file: String, errorID: String) -> Result<String, InputError> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        // Find the first bad byte and count lines and characters before it.
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var line = 1
        var lineScalars: [Unicode.Scalar] = []
        var previousWasCR = false
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                } else if scalar == "\n" || scalar == "\r" {
                    line += 1
                    lineScalars.removeAll(keepingCapacity: true)
                    previousWasCR = scalar == "\r"
                } else {
                    lineScalars.append(scalar)
                    previousWasCR = false
                }
            case .emptyInput:
                break loop
            case .error:
                var prefix = ""
                prefix.unicodeScalars.append(contentsOf: lineScalars)
                let column = prefix.count + 1
                return .failure(
                    InputError(
                        id: errorID, location: SourceLocation(file: file, line: line, column: column),
                        message: "Filen är inte giltig UTF-8: en byte här går inte att avkoda. Spara filen som UTF-8."))
            }
        }
        // Unreachable in practice (the validating initialiser failed); report the file as a whole.
        return .failure(InputError(id: errorID, file: file, message: "Filen är inte giltig UTF-8. Spara filen som UTF-8."))
    }

    /// The lines of `text`, split at LF, CRLF and CR, without their line ends.
    ///
    /// - Complexity: O(n).
    static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            // "\r\n" is one Character in Swift, so CRLF, CR and LF are all caught here.
            if c == "\n" || c == "\r" || c == "\r\n" {
                result.append(text[start..<i])
                i = text.index(after: i)
                start = i
            } else {
                i = text.index(after: i)
            }
        }
        if start < text.endIndex { result.append(text[start..<text.endIndex]) }
        return result
    }
}
