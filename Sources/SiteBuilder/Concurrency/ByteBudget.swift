import Synchronization

/// A number of bytes that threads take from at once, until it runs out.
final class ByteBudget: Sendable {
    private let left: Atomic<Int>

    init(_ bytes: Int) { left = Atomic(bytes) }

    /// Whether `bytes` were left, and are now taken.
    func take(_ bytes: Int) -> Bool {
        var current = left.load(ordering: .relaxed)
        while current >= bytes {
            let (exchanged, original) = left.compareExchange(expected: current, desired: current - bytes, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }
}
