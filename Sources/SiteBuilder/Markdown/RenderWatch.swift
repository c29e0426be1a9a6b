import Foundation

/// Watches a set of renders run by worker threads, each with a time limit, from the thread
/// that waits for them.
///
/// libcmark-gfm cannot be interrupted: a render that runs out of time goes on in the
/// background and the waiting thread stops waiting for it; the command-line tool then exits,
/// which ends it. A render's clock runs only while it works, not while it waits for the
/// parse lock, so time spent queueing behind other renders never counts against a file.
///
/// One watcher for all the renders, rather than a thread hand-off per render: a national
/// catalogue renders tens of thousands of bodies, and the hand-offs cost more than the renders.
/// For the same reason the workers never wake the watcher to say a clock started or stopped:
/// it looks at the clocks a twentieth of the time limit apart (at least a millisecond), and
/// is woken only when the last render is over.
final class RenderWatch<Outcome: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let limit: UInt64
    private var outcomes: [Outcome?]
    /// How many of `outcomes` are known.
    private var decided = 0
    /// When each running render's clock last started.
    private var runningSince: [Int: UInt64] = [:]
    /// Time each render has worked before its clock last stopped.
    private var worked: [Int: UInt64] = [:]
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

    /// Render `index` works from now on: its clock runs.
    func run(_ index: Int) {
        condition.withLock { runningSince[index] = Self.now }
    }

    /// Render `index` waits from now on: its clock stops.
    func pause(_ index: Int) {
        condition.withLock {
            if let since = runningSince.removeValue(forKey: index) { worked[index, default: 0] += Self.now - since }
        }
    }

    /// Render `index` is over; an outcome that comes after its time-out is dropped.
    func finish(_ index: Int, _ outcome: Outcome) {
        condition.withLock {
            runningSince[index] = nil
            worked[index] = nil
            decide(index, outcome)
            if decided == outcomes.count { condition.broadcast() }
        }
    }

    /// Waits until every render is over. A render that has worked `seconds` gets `timedOut`,
    /// and `stop` is called so no render after it starts; renders that never started get
    /// `stopped`.
    func wait(timedOut: Outcome, stopped stoppedOutcome: Outcome, stop: () -> Void) -> [Outcome] {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let now = Self.now
            var nextDeadline: UInt64?
            for (index, since) in runningSince {
                let deadline = since + limit - min(worked[index] ?? 0, limit)
                guard now >= deadline else {
                    nextDeadline = min(nextDeadline ?? deadline, deadline)
                    continue
                }
                runningSince[index] = nil
                decide(index, timedOut)
                if !stopped {
                    stopped = true
                    stop()
                }
            }
            if stopped {
                // A render never claimed never will be.
                for index in nextToClaim..<outcomes.count { decide(index, stoppedOutcome) }
            }
            if decided == outcomes.count { return outcomes.map { $0! } }
            // A clock started since this look is seen at the next one, at most a poll later.
            let wake = min(nextDeadline ?? .max, now + max(limit / 20, 1_000_000))
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(wake - min(now, wake)) / 1e9))
        }
    }

    /// Keeps the first outcome of render `index`: one that comes after its time-out is dropped.
    private func decide(_ index: Int, _ outcome: Outcome) {
        guard outcomes[index] == nil else { return }
        outcomes[index] = outcome
        decided += 1
    }

    private static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
}
