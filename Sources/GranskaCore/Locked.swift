#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value behind a POSIX mutex, for the little state granska shares between threads.
///
/// A pthread mutex rather than `Synchronization.Mutex`: ThreadSanitizer follows
/// `pthread_mutex_lock`, but not the futex `Mutex` uses on Linux, and reported every access
/// under such a lock as a race — so the sanitizer run could not tell real races from those.
package final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    /// Allocated so that its address never moves.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    package init(_ value: Value) {
        self.value = value
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` on the value with the lock held.
    package func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
