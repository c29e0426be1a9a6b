import Foundation

/// Runs work with a deadline. libcmark-gfm cannot be interrupted, so on time-out the work
/// goes on in the background and the caller stops waiting; the command-line tool then exits,
/// which ends it.
enum TimeLimit {
    /// The work's result, or nil when it did not finish within `seconds`.
    static func run<Value: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> Value) -> Value? {
        let result = Box<Value>()
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            result.set(work())
            finished.signal()
        }
        guard finished.wait(timeout: .now() + seconds) == .success else { return nil }
        return result.get()
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Value?
        func set(_ newValue: Value) { lock.withLock { value = newValue } }
        func get() -> Value? { lock.withLock { value } }
    }
}
