import Foundation
import Synchronization

/// Hands libcmark-gfm's inline parse to concurrent renders one at a time, in document order.
///
/// Everything else runs on every core, but the inline parse is serialized anyway; taking
/// turns in order keeps a time-out exactly where the one-by-one build had it: when file `k`
/// holds the parser too long, every earlier file has already parsed and finishes, and no
/// later file starts.
final class ParseTurns: @unchecked Sendable {
    private let condition = NSCondition()
    /// The turn that may parse; written under `condition`'s lock, read without it while waiting.
    private let next = Atomic<Int>(0)
    private var stopped = false

    /// How long a render looks for its turn before it sleeps. An inline parse takes tens of
    /// microseconds, so the turn before is usually almost over; sleeping and being woken
    /// costs more than that, and leaves the core idle meanwhile.
    private static let spinNanoseconds: UInt64 = 100_000

    /// Waits until `turn` may parse; false when the renders were stopped meanwhile.
    func wait(for turn: Int) -> Bool {
        if next.load(ordering: .acquiring) != turn {
            let giveUp = DispatchTime.now().uptimeNanoseconds + Self.spinNanoseconds
            while next.load(ordering: .acquiring) != turn && DispatchTime.now().uptimeNanoseconds < giveUp {}
        }
        condition.lock()
        defer { condition.unlock() }
        while next.load(ordering: .relaxed) != turn && !stopped { condition.wait() }
        return !stopped
    }

    /// Lets the render after `turn` parse.
    func pass(after turn: Int) {
        condition.lock()
        next.store(turn + 1, ordering: .releasing)
        condition.broadcast()
        condition.unlock()
    }

    /// Stops every render still waiting for its turn: one has run out of time.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
