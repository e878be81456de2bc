import Foundation

/// The audit trail of a reconciliation, built the first time it is read.
///
/// A run that writes neither the trail nor the declarations never reads it: building it costs
/// about a third of the reconciliation (an entry per reweighted insats, with its Swedish reason).
/// Thread-safe: the first reader builds it once, under a lock.
final class LazyAuditTrail: @unchecked Sendable {
    private let lock = NSLock()
    private var built: AuditTrail?
    private var build: (@Sendable () -> AuditTrail)?

    init(_ build: @escaping @Sendable () -> AuditTrail) { self.build = build }

    init(_ trail: AuditTrail) { built = trail }

    var trail: AuditTrail {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let trail = build?() ?? AuditTrail(level: .perRespondent, entries: [])
        built = trail
        build = nil
        return trail
    }
}
