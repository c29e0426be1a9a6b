import Foundation

/// Watches a set of renders run by worker threads, each with a time limit, from the thread
/// that waits for them.
///
/// libcmark-gfm cannot be interrupted: a render that runs out of time goes on in the
/// background and the waiting thread stops waiting for it; the command-line tool then exits,
/// which ends it. The clock of a render starts when it says it has started — after it holds
/// the parse lock — so time spent queueing behind other renders never counts against a file.
///
/// One watcher for all the renders, rather than a thread hand-off per render: a national
/// catalogue renders tens of thousands of bodies, and the hand-offs cost more than the renders.
final class RenderWatch<Outcome: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let limit: UInt64
    private var outcomes: [Outcome?]
    private var startedAt: [Int: UInt64] = [:]
    private var nextToClaim = 0
    private var stopped = false

    init(count: Int, seconds: Double) {
        outcomes = Array(repeating: nil, count: count)
        limit = UInt64(seconds * 1e9)
    }

    /// The next render for a worker to run, in order; nil when there is none left or the
    /// renders were stopped.
    func claim() -> Int? {
        condition.withLock {
            guard !stopped, nextToClaim < outcomes.count else { return nil }
            defer { nextToClaim += 1 }
            return nextToClaim
        }
    }

    /// Render `index` has started: its clock runs from now.
    func start(_ index: Int) {
        condition.withLock { startedAt[index] = DispatchTime.now().uptimeNanoseconds }
    }

    /// Render `index` is over; an outcome that comes after its time-out is dropped.
    func finish(_ index: Int, _ outcome: Outcome) {
        condition.withLock {
            startedAt[index] = nil
            if outcomes[index] == nil { outcomes[index] = outcome }
            condition.broadcast()
        }
    }

    /// Waits until every render is over. A render still running `seconds` after it started
    /// gets `timedOut`, and `stop` is called so no render after it starts; renders that never
    /// started get `stopped`.
    func wait(timedOut: Outcome, stopped stoppedOutcome: Outcome, stop: () -> Void) -> [Outcome] {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            for (index, started) in startedAt where now - started >= limit {
                startedAt[index] = nil
                outcomes[index] = timedOut
                if !stopped {
                    stopped = true
                    stop()
                }
            }
            if stopped {
                // Claimed or not, a render that has not started never will.
                for index in outcomes.indices where outcomes[index] == nil && index >= nextToClaim { outcomes[index] = stoppedOutcome }
            }
            if outcomes.allSatisfy({ $0 != nil }) { return outcomes.map { $0! } }
            if let earliest = startedAt.values.min() {
                let deadline = Date(timeIntervalSinceNow: Double(earliest + limit - min(now, earliest + limit)) / 1e9)
                _ = condition.wait(until: deadline)
            } else {
                condition.wait()
            }
        }
    }
}
