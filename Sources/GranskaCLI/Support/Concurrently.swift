import Dispatch

/// Runs independent pieces of work on the machine's cores at once.
enum Concurrently {
    /// Runs `a` and `b` at the same time and returns both results.
    static func run<A: Sendable, B: Sendable>(
        _ a: @escaping @Sendable () -> A, _ b: @escaping @Sendable () -> B
    ) -> (A, B) {
        let results = Slots<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { results.a = a() } else { results.b = b() }
        }
        // concurrentPerform returns after both iterations: each slot was written once, by one thread.
        guard let ra = results.a, let rb = results.b else { preconditionFailure("both pieces of work ran") }
        return (ra, rb)
    }

    /// The two results; each written by exactly one thread before they are read.
    private final class Slots<A, B>: @unchecked Sendable {
        var a: A?
        var b: B?
    }
}
