import Foundation
import Testing

@testable import GranskaCLI

/// `trimmingWhitespace()` trims what `trimmingCharacters(in: .whitespaces)` trimmed (option values
/// such as `--outputs "data, findings"`).
@Suite struct WhitespaceTests {
    @Test(arguments: [
        "data", " data", "data ", "\tdata\t", "\u{00A0}data\u{202F}", "\u{3000}data\u{2003}", "\ndata\n", " \r\n",
        "", "   ", "da ta", " å ", "\u{200B}data",
    ])
    func trimsAsFoundationWhitespaces(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        let sub = Substring("," + text + ",").dropFirst().dropLast()
        #expect(sub.trimmingWhitespace() == sub.trimmingCharacters(in: .whitespaces))
    }

    /// Every Unicode scalar, in front of an `x`: trimmed exactly when Foundation trims it.
    @Test func everyScalarAgreesWithFoundation() {
        var disagreeing: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = String(Character(s)) + "x"
            if text.trimmingWhitespace() != text.trimmingCharacters(in: .whitespaces) { disagreeing.append(v) }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.map { String($0, radix: 16) })")
    }
}
