import GranskaCore

/// The outcome of the funds reconciliation of a round.
public struct Reconciliation: Hashable, Sendable {
    /// The settings used (tolerances, steps, level).
    public var settings: ReconciliationSettings
    /// One per (enkät, respondent) answer of a unit in the register population, in answer order
    /// (the order of the `svar` given, normally ``Omgang/svar()``: enkät order, then respondent).
    public var avstamningar: [Avstamning]
    /// One finding per answer whose klass is neither `exakt` nor `ej_rekvirerat` (the rules
    /// already report `ej_rekvirerat`), plus a finding for any sum too large for 64 bits.
    public var findings: [Finding]
    /// Every change made to the data.
    public var audit: AuditTrail
    /// One per enkät of the round, in `omgang.csv` order.
    public var sammanfattning: [EnkatSammanfattning]

    public init(
        settings: ReconciliationSettings, avstamningar: [Avstamning], findings: [Finding], audit: AuditTrail,
        sammanfattning: [EnkatSammanfattning]
    ) {
        self.settings = settings
        self.avstamningar = avstamningar
        self.findings = findings
        self.audit = audit
        self.sammanfattning = sammanfattning
    }

    /// Where J was taken.
    public var level: ReconciliationSettings.Level { settings.level }

    /// The reconciliation of one answer.
    ///
    /// - Complexity: O(n); build a dictionary when calling this for every answer.
    public func avstamning(_ key: SvarKey) -> Avstamning? {
        avstamningar.first { $0.enkat == key.enkat && $0.respondent == key.respondent }
    }

    /// The summary of one enkät.
    public func sammanfattning(enkat: String) -> EnkatSammanfattning? {
        sammanfattning.first { $0.enkat == enkat }
    }
}
