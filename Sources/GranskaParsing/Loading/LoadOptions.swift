import GranskaCore

/// How ``RoundLoader`` reads a round.
public struct LoadOptions: Sendable {
    /// Read the contact columns (`kontaktperson`, `epost`, `telefon`) into ``Insats/kontakt``.
    /// Off by default: personal data is read only when the user explicitly asks.
    public var keepPersonalData: Bool
    /// The register the populations come from.
    public var register: Register

    public init(keepPersonalData: Bool = false, register: Register = .sverige) {
        self.keepPersonalData = keepPersonalData
        self.register = register
    }
}
