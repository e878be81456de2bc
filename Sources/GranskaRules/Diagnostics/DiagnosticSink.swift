import GranskaCore

/// Collects the diagnostics of one rule file as the stages find them; nothing stops at the first.
struct DiagnosticSink {
    let source: SourceText
    private(set) var diagnostics: [RuleDiagnostic] = []

    init(source: SourceText) {
        self.source = source
    }

    /// Records a problem covering `range`.
    mutating func emit(
        _ id: RuleDiagnosticID, _ range: ByteRange, _ message: String, severity: Allvarlighet = .fel
    ) {
        diagnostics.append(
            RuleDiagnostic(
                id: id.rawValue, severity: severity, location: source.location(of: range.start), range: range,
                length: source.underlineLength(range), message: message))
    }

    mutating func append(contentsOf other: [RuleDiagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}
