import Foundation

/// Work started on another thread and waited for where its result is needed, so that it
/// overlaps what the build does meanwhile. With `Parallelism` off it runs at once, on the
/// calling thread.
final class Background<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        guard Parallelism.isEnabled else {
            result = work()
            done.signal()
            return
        }
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The result, once the work is over.
    var value: Value {
        done.wait()
        defer { done.signal() }  // for the next read
        return result!
    }
}
