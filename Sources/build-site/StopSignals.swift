import Dispatch
import Foundation

/// SIGINT (Ctrl-C) and SIGTERM turned from instant death into an event to wait for, so that
/// `serve` stops watching and listening, and lets a build in progress finish, before it exits.
/// A second signal kills at once, for the editor who does not want to wait.
final class StopSignals: @unchecked Sendable {
    private let numbers: [Int32]
    private var sources: [any DispatchSourceSignal] = []
    private let stream: AsyncStream<Int32>

    init(_ numbers: [Int32] = [SIGINT, SIGTERM]) {
        self.numbers = numbers
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        for number in numbers {
            // The dispatch source only sees the signal once the default action no longer runs.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Waits for the first signal; from then on, the next one has its default effect.
    func wait() async -> Int32 {
        var received: Int32 = 0
        for await number in stream {
            received = number
            break
        }
        for number in numbers { signal(number, SIG_DFL) }
        return received
    }
}
