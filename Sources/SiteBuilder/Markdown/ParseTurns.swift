import Foundation

/// Hands libcmark-gfm's inline parse to concurrent renders one at a time, in document order.
///
/// Everything else runs on every core, but the inline parse is serialized anyway; taking
/// turns in order keeps a time-out exactly where the one-by-one build had it: when file `k`
/// holds the parser too long, every earlier file has already parsed and finishes, and no
/// later file starts. (The parse lock in `MarkdownRenderer` still keeps two builds in one
/// process, such as concurrent tests, from parsing at once.)
final class ParseTurns: @unchecked Sendable {
    private let condition = NSCondition()
    /// The turn that may parse.
    private var next = 0
    private var stopped = false

    /// Waits until `turn` may parse; false when the renders were stopped meanwhile.
    func wait(for turn: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while next != turn && !stopped { condition.wait() }
        return !stopped
    }

    /// Lets the render after `turn` parse.
    func pass(after turn: Int) {
        condition.lock()
        next = turn + 1
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
