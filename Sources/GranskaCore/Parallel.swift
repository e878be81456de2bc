import Dispatch

/// Independent pieces of work spread over the machine's cores (Grand Central Dispatch's
/// `concurrentPerform`), with results in a fixed order so that output never depends on timing.
public enum Parallel {
    /// `transform` of every element of `range`, each on whichever core is free; the results in
    /// the range's order. A range of one element runs on the calling thread.
    public static func map<T: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        if range.count <= 1 { return range.map(transform) }
        let slots = Slots<T>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { k in
            slots.set(k, transform(range.lowerBound + k))
        }
        return slots.values
    }

    /// Runs `a` and `b` at the same time; both results.
    public static func both<A: Sendable, B: Sendable>(
        _ a: @Sendable () -> A, _ b: @Sendable () -> B
    ) -> (A, B) {
        let first = Slots<A>(count: 1)
        let second = Slots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 { first.set(0, a()) } else { second.set(0, b()) }
        }
        return (first.values[0], second.values[0])
    }

    /// One slot per piece of work; each is written by one thread, and all are written before
    /// `concurrentPerform` returns and any is read.
    private final class Slots<T>: @unchecked Sendable {
        private let pointer: UnsafeMutablePointer<T?>
        private let count: Int

        init(count: Int) {
            self.count = count
            pointer = .allocate(capacity: count)
            pointer.initialize(repeating: nil, count: count)
        }

        deinit {
            pointer.deinitialize(count: count)
            pointer.deallocate()
        }

        func set(_ k: Int, _ value: T) { pointer[k] = value }

        var values: [T] { (0..<count).compactMap { pointer[$0] } }
    }
}
