@testable import GranskaCore
import Testing

/// ``Parallel`` hands every index out exactly once, keeps results in the range's order, and runs
/// the work on threads with a main thread's stack.
@Suite struct ParallelTests {
    @Test(arguments: [0..<0, 0..<1, 5..<6, 0..<2, 3..<17, 100..<1_100])
    func mapKeepsTheRangesOrder(_ range: Range<Int>) {
        let squares = Parallel.map(range) { $0 * $0 }
        #expect(squares == range.map { $0 * $0 })
    }

    /// Each index counts its own calls in its own slot: no lock, so ThreadSanitizer checks the
    /// joins alone.
    @Test func forEachCallsEveryIndexOnce() {
        let calls = Counters(count: 5_000)
        Parallel.forEach(0..<5_000) { i in calls.increment(i) }
        #expect(calls.values.allSatisfy { $0 == 1 })
    }

    @Test func bothReturnsBothResults() {
        let (a, b) = Parallel.both({ (1...1_000).reduce(0, +) }, { "klar" })
        #expect(a == 500_500)
        #expect(b == "klar")
    }

    /// Work that needs more stack than a Dispatch worker on macOS has (512 KiB), on every index:
    /// with our own 8 MiB threads it finishes on every core.
    @Test func deepRecursionRunsOnEveryWorker() {
        let depths = Parallel.map(0..<(Parallel.cores * 4)) { _ in recurse(4_000) }
        #expect(depths == Array(repeating: 4_000, count: Parallel.cores * 4))
    }

    @Test func workUsesMoreThanOneThreadWhenThereAreCores() throws {
        try #require(Parallel.cores > 1, "one core: nothing runs beside the caller")
        let threads = Locked(Set<UInt>())
        // Each index waits until a second thread has taken one, or gives up after a while.
        Parallel.forEach(0..<2) { _ in
            threads.withLock { _ = $0.insert(currentThreadID()) }
            for _ in 0..<2_000 where threads.withLock({ $0.count }) < 2 { usleep(1_000) }
        }
        #expect(threads.withLock { $0.count } == 2)
    }
}

/// One counter per index, each written only by the call for its index.
private final class Counters: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Int>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: 0)
    }
    deinit { slots.deallocate() }

    func increment(_ i: Int) { slots[i] += 1 }
    var values: [Int] { Array(slots) }
}

/// Recurses `n` levels with 256 bytes of locals per level; returns `n`.
@inline(never)
private func recurse(_ n: Int) -> Int {
    var pad = (0 as UInt64, 0 as UInt64, 0 as UInt64, 0 as UInt64, 0 as UInt64, 0 as UInt64, 0 as UInt64, 0 as UInt64)
    pad.0 = UInt64(n)
    let below = n == 0 ? 0 : recurse(n - 1) + 1
    return withUnsafeBytes(of: &pad) { $0.load(as: UInt64.self) } == UInt64(n) ? below : -1
}

#if canImport(Glibc)
import Glibc
private func currentThreadID() -> UInt { UInt(pthread_self()) }
#elseif canImport(Darwin)
import Darwin
private func currentThreadID() -> UInt { UInt(bitPattern: pthread_self()) }
#endif
