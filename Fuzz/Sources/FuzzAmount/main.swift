import GranskaCore
import GranskaParsing

/// libFuzzer entry: any bytes (decoded as UTF-8, invalid sequences skipped) as a typed amount.
/// The reader must never trap, and what it reads must obey the contract's invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAmount(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: buffer, as: UTF8.self) else { return 0 }
    let belopp = AmountReader.read(text)
    precondition(belopp.text == text, "the typed text must be kept as is")
    switch belopp.tolkning {
    case .tom: precondition(belopp.kronor == nil && text.isBlank)
    case .olaslig: precondition(belopp.kronor == nil)
    case .siffror, .text: precondition(belopp.kronor != nil)
    }
    if belopp.tolkning == .siffror, let kronor = belopp.kronor {
        precondition(String(kronor) == text.trimmingSpaces() || "-" + String(-kronor) == text.trimmingSpaces()
            || text.trimmingSpaces().hasPrefix("0") || text.trimmingSpaces().hasPrefix("-0"),
            "plain digits must be read as they stand")
    }
    return 0
}
