import FuzzDriver
import GranskaCore
import GranskaParsing

/// libFuzzer entry: any bytes that are valid UTF-8 as a typed amount. The reader must never trap,
/// and what it reads must obey the contract's invariants.
func fuzzAmount(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: size == 0 ? nil : data, count: size)
    guard let text = String(validating: buffer, as: UTF8.self) else { return 0 }
    let belopp = AmountReader.read(text)
    precondition(belopp.text == text, "the typed text must be kept as is")
    switch belopp.tolkning {
    case .tom: precondition(belopp.kronor == nil && text.isBlank)
    case .olaslig: precondition(belopp.kronor == nil)
    case .siffror, .text: precondition(belopp.kronor != nil)
    }
    let trimmed = text.trimmingSpaces()
    if belopp.tolkning == .siffror, let kronor = belopp.kronor {
        // Plain digits read as they stand: the value's digits are the typed ones, leading zeros aside.
        let digits = trimmed.hasPrefix("-") ? String(trimmed.dropFirst()) : trimmed
        let unpadded = String(digits.drop { $0 == "0" })
        precondition(String(kronor.magnitude) == (unpadded.isEmpty ? "0" : unpadded), "plain digits misread")
        precondition((kronor < 0) == (trimmed.hasPrefix("-") && kronor != 0), "sign misread")
    }
    if let kronor = belopp.kronor, kronor != 0 {
        // A readable amount keeps its typed sign.
        precondition((kronor < 0) == trimmed.hasPrefix("-"), "sign misread")
    }
    return 0
}

@_cdecl("FuzzAmount_main")
func fuzzAmountMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzAmount($0, $1) }
}
