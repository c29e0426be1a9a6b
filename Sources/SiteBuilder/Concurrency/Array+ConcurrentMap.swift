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
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [Value] { storage.map { $0! } }
}
