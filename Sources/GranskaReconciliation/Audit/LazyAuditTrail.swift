import GranskaCore

/// The audit trail of a reconciliation, built the first time it is read.
///
/// A run that writes neither the trail nor the declarations never reads it: building it costs
/// about a third of the reconciliation (an entry per reweighted insats, with its Swedish reason).
/// Thread-safe: the first reader builds it once, under a lock.
final class LazyAuditTrail: Sendable {
    private enum State {
        case pending(@Sendable () -> AuditTrail)
        case built(AuditTrail)
    }

    private let state: Locked<State>

    init(_ build: @escaping @Sendable () -> AuditTrail) { state = Locked(.pending(build)) }

    init(_ trail: AuditTrail) { state = Locked(.built(trail)) }

    var trail: AuditTrail {
        state.withLock { state in
            switch state {
            case .built(let trail):
                return trail
            case .pending(let build):
                let trail = build()
                state = .built(trail)
                return trail
            }
        }
    }
}
