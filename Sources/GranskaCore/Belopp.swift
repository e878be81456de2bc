/// An amount as a respondent typed it, and what granska read from it.
///
/// The data contract's rule: plain digits with an optional leading minus are read as they stand
/// (`siffror`). Unambiguous text (thousands separated by spaces, a `kr`/`tkr`/`mkr` suffix, a
/// decimal comma that leaves whole kronor) is read too (`text`, an info-level `format` finding).
/// Anything else is `olaslig`: a `format` finding at error level, and the insats has no usable
/// amount. The original text is always kept.
public struct Belopp: Hashable, Sendable {
    /// How the text was read.
    public enum Tolkning: String, Sendable, Hashable, Codable, CaseIterable {
        /// The cell is empty or blank.
        case tom
        /// Plain digits, optionally with a leading minus: read as they stand.
        case siffror
        /// Text that reads unambiguously as whole kronor (`1 250 000 kr`, `1 250 tkr`, `1250000,00`).
        case text
        /// Text that cannot be read as an amount (`se bilaga`, `ca 500 000`, `12,50`).
        case olaslig
    }

    /// The cell exactly as typed.
    public var text: String
    /// Whole kronor as read, with the sign as typed; `nil` when empty or unreadable.
    public var kronor: Kronor?
    /// How `text` was read.
    public var tolkning: Tolkning

    public init(text: String, kronor: Kronor?, tolkning: Tolkning) {
        self.text = text
        self.kronor = kronor
        self.tolkning = tolkning
    }

    /// True when an amount could be read.
    public var isReadable: Bool { kronor != nil }
}
