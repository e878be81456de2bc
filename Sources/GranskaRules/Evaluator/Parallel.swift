import Dispatch

/// Work spread over the machine's cores.
enum Parallel {
    /// `transform` of every element of `range`, each on whichever core is free, in the range's
    /// order. One element runs on the calling thread.
    static func map<T: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        if range.count <= 1 { return range.map(transform) }
        let results = Results<T>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { k in
            results.set(k, transform(range.lowerBound + k))
        }
        return results.values
    }

    /// One slot per element, each written by one thread before any is read.
    private final class Results<T>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<T?>
        private let count: Int
        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }
        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
        func set(_ k: Int, _ value: T) { slots[k] = value }
        var values: [T] { (0..<count).compactMap { slots[$0] } }
    }
}
