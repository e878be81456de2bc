/// Kammarkollegiet's figures for one respondent and enkät: the authority on money.
///
/// Read from `rekvisitioner.csv`; all amounts are whole kronor. A bad value there is an input
/// error, never a finding.
public struct Rekvisition: Hashable, Sendable {
    public var enkat: String
    public var respondent: String
    /// Allocated by the allocation key (fördelade medel).
    public var fordelat: Kronor
    /// Requisitioned (rekvirerade medel).
    public var rekvirerat: Kronor
    /// Repaid (återbetalda medel).
    public var aterbetalt: Kronor
    public var location: SourceLocation

    public init(
        enkat: String, respondent: String, fordelat: Kronor, rekvirerat: Kronor, aterbetalt: Kronor,
        location: SourceLocation
    ) {
        self.enkat = enkat
        self.respondent = respondent
        self.fordelat = fordelat
        self.rekvirerat = rekvirerat
        self.aterbetalt = aterbetalt
        self.location = location
    }

    /// The reweighting target T = rekvirerat − återbetalt, in whole kronor.
    public var target: Kronor { rekvirerat - aterbetalt }

    /// The key of the pair this row describes.
    public var key: SvarKey { SvarKey(enkat: enkat, respondent: respondent) }
}
