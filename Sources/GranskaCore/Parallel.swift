#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Independent pieces of work spread over the machine's cores, with results in a fixed order so
/// that output never depends on timing.
///
/// The work runs on the calling thread and on threads of our own, each with a stack of
/// ``stackSize`` bytes: what a main thread has, so that deep but legal work (a rule expression at
/// the nesting limit evaluates recursively) runs the same on every core. Dispatch's worker threads
/// have 512 KiB on macOS, too little for that in a debug build.
public enum Parallel {
    /// The stack of each worker thread: 8 MiB, a main thread's default on Linux and macOS.
    public static let stackSize = 8 << 20

    /// The number of cores work is spread over (at least 1).
    public static let cores: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// `0..<count` cut into contiguous ranges of about `perChunk` elements each, at most 8 and at
    /// least 1 (one range, possibly empty, when `count` is below two chunks' worth). The split
    /// depends only on the sizes, never on the machine, so results joined in range order are the
    /// same everywhere.
    public static func ranges(count: Int, perChunk: Int) -> [Range<Int>] {
        let chunks = max(1, min(8, count / max(1, perChunk)))
        return (0..<chunks).map { (count * $0 / chunks)..<(count * ($0 + 1) / chunks) }
    }

    /// `transform` of every element of `range`, each on whichever core is free; the results in
    /// the range's order. A range of one element runs on the calling thread.
    public static func map<T: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        if range.count <= 1 { return range.map(transform) }
        let slots = Slots<T>(count: range.count)
        forEach(range) { i in slots.set(i - range.lowerBound, transform(i)) }
        return slots.values
    }

    /// Runs `a` and `b` at the same time; both results.
    public static func both<A: Sendable, B: Sendable>(
        _ a: @Sendable () -> A, _ b: @Sendable () -> B
    ) -> (A, B) {
        let first = Slots<A>(count: 1)
        let second = Slots<B>(count: 1)
        forEach(0..<2) { k in
            if k == 0 { first.set(0, a()) } else { second.set(0, b()) }
        }
        return (first.values[0], second.values[0])
    }

    /// Calls `body` once for every element of `range`, on up to ``cores`` threads (the calling
    /// thread among them), and returns when every call has returned.
    public static func forEach(_ range: Range<Int>, _ body: @Sendable (Int) -> Void) {
        let workers = min(range.count, cores)
        if workers <= 1 {
            range.forEach(body)
            return
        }
        withoutActuallyEscaping(body) { body in
            let queue = WorkQueue(range: range, body: body)
            var threads: [WorkerThread] = []
            for _ in 1..<workers {
                guard let thread = WorkerThread.start(queue) else { break }
                threads.append(thread)
            }
            // The calling thread works too; if no thread could be started it does everything.
            queue.drain()
            for thread in threads { thread.join() }
        }
    }

    /// The indices still to be handed out, shared by the threads of one ``forEach(_:_:)``.
    private final class WorkQueue: Sendable {
        private let range: Range<Int>
        private let body: @Sendable (Int) -> Void
        private let next: Locked<Int>

        init(range: Range<Int>, body: @escaping @Sendable (Int) -> Void) {
            self.range = range
            self.body = body
            next = Locked(range.lowerBound)
        }

        /// Takes indices one at a time and runs `body` on each until none are left.
        func drain() {
            while let i = take() { body(i) }
        }

        private func take() -> Int? {
            next.withLock { next in
                guard next < range.upperBound else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }

    /// A thread with a ``stackSize`` stack that drains a ``WorkQueue``.
    private struct WorkerThread {
        private let id: pthread_t

        /// Starts a thread draining `queue`; `nil` when the system refuses a thread.
        static func start(_ queue: WorkQueue) -> WorkerThread? {
            var attributes = pthread_attr_t()
            guard pthread_attr_init(&attributes) == 0 else { return nil }
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, Parallel.stackSize)
            let argument = Unmanaged.passRetained(queue).toOpaque()
            #if canImport(Darwin)
            var id: pthread_t?
            #else
            var id = pthread_t()
            #endif
            let status = pthread_create(&id, &attributes, { argument in
                #if canImport(Darwin)
                let queue = Unmanaged<WorkQueue>.fromOpaque(argument).takeRetainedValue()
                #else
                let queue = Unmanaged<WorkQueue>.fromOpaque(argument!).takeRetainedValue()
                #endif
                queue.drain()
                return nil
            }, argument)
            guard status == 0 else {
                Unmanaged<WorkQueue>.fromOpaque(argument).release()
                return nil
            }
            #if canImport(Darwin)
            guard let id else { return nil }
            #endif
            return WorkerThread(id: id)
        }

        func join() { pthread_join(id, nil) }
    }

    /// One slot per piece of work; each is written by one thread, and all are written before
    /// ``forEach(_:_:)`` returns and any is read.
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
