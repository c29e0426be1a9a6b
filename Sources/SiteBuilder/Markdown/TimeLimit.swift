import Foundation

/// Runs work with a deadline. libcmark-gfm cannot be interrupted, so on time-out the work
/// goes on in the background and the caller stops waiting; the command-line tool then exits,
/// which ends it.
///
/// The clock starts when the work says it has started — after it holds the parse lock — so
/// time spent queueing behind other renders never counts against a file.
enum TimeLimit {
    /// The work's result, or nil when it did not finish within `seconds` of calling `started`.
    static func run<Value: Sendable>(
        seconds: Double, _ work: @escaping @Sendable (_ started: @escaping @Sendable () -> Void) -> Value
    ) -> Value? {
        let result = Box<Value>()
        let began = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            result.set(work { began.signal() })
            finished.signal()
        }
        began.wait()
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
