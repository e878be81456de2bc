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
    /// Every change made to the data (built the first time it is read).
    public var audit: AuditTrail {
        get { lazyAudit.trail }
        set { lazyAudit = LazyAuditTrail(newValue) }
    }
    private var lazyAudit: LazyAuditTrail
    /// One per enkät of the round, in `omgang.csv` order.
    public var sammanfattning: [EnkatSammanfattning]

    public init(
        settings: ReconciliationSettings, avstamningar: [Avstamning], findings: [Finding], audit: AuditTrail,
        sammanfattning: [EnkatSammanfattning]
    ) {
        self.settings = settings
        self.avstamningar = avstamningar
        self.findings = findings
        self.lazyAudit = LazyAuditTrail(audit)
        self.sammanfattning = sammanfattning
    }

    /// A reconciliation whose audit trail `audit` builds when first read.
    init(
        settings: ReconciliationSettings, avstamningar: [Avstamning], findings: [Finding],
        audit: @escaping @Sendable () -> AuditTrail, sammanfattning: [EnkatSammanfattning]
    ) {
        self.settings = settings
        self.avstamningar = avstamningar
        self.findings = findings
        self.lazyAudit = LazyAuditTrail(audit)
        self.sammanfattning = sammanfattning
    }

    public static func == (a: Reconciliation, b: Reconciliation) -> Bool {
        a.settings == b.settings && a.avstamningar == b.avstamningar && a.findings == b.findings
            && a.sammanfattning == b.sammanfattning && a.audit == b.audit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(settings)
        hasher.combine(avstamningar)
        hasher.combine(findings)
        hasher.combine(audit)
        hasher.combine(sammanfattning)
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
