import Foundation

extension Array where Element: Sendable {
    /// `map` on every core, results in the input's order: parallel work that stays deterministic.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1, Parallelism.isEnabled else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(self[index]), at: index)
        }
        return slots.values
    }
}

/// One slot per input; each is written by exactly one iteration, so no two writes touch the
/// same memory.
///
/// The slots are one block of memory of their own, not a Swift array: every write to an
/// array stored in a class is an access to the whole array (a uniqueness check, and
/// `withUnsafeMutableBufferPointer` may move the array out while its closure runs), so
/// writing from several threads at once raced and could corrupt the heap.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        precondition(storage.indices.contains(index))
        storage[index] = value
    }

    /// Read once every iteration has finished.
    var values: [Value] { storage.map { $0! } }
}
