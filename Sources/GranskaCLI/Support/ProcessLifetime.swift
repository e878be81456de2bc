import GranskaCore

/// Values kept until the process exits, so that a large round is not taken apart object by object
/// just before `exit`: for a round of 1.5 million insatser that teardown took longer than writing
/// some of the output files. Only the real process keeps anything
/// (``CommandContext/keepsResultsUntilExit``); tests, which run many commands in one process, do not.
enum ProcessLifetime {
    private static let kept = Locked<[any Sendable]>([])

    /// Keeps `value` alive until the process exits, when `context` is the real process.
    static func keep(_ value: any Sendable, _ context: CommandContext) {
        guard context.keepsResultsUntilExit else { return }
        kept.withLock { $0.append(value) }
    }
}
