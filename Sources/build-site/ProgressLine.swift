import Foundation
import SiteBuilder
import Synchronization

/// One line on the editor's terminal that says how far a long build has got
/// (`build-site: load ✓ decode ✓ … render 3,200/10,570`), rewritten in place at most ten
/// times a second and erased before the summary. Only ever used on a terminal: output to a
/// file or a pipe carries no control characters.
final class ProgressLine: Sendable {
    private struct State {
        var finished: [String] = []
        var current = ""
        var lastDrawn = Date.distantPast
        var drawn = false
    }

    private let state = Mutex(State())
    private let language: Language

    init(language: Language) {
        self.language = language
    }

    var observer: BuildProgress.Observer {
        { [self] progress in update(progress) }
    }

    private func update(_ progress: BuildProgress) {
        state.withLock { state in
            if let done = progress.done, let total = progress.total {
                state.current = "\(StageName.text(progress.stage, in: language)) \(done)/\(total)"
            } else {
                state.finished.append(StageName.text(progress.stage, in: language) + " ✓")
                state.current = ""
            }
            let now = Date()
            guard now.timeIntervalSince(state.lastDrawn) >= 0.1 else { return }
            state.lastDrawn = now
            Self.draw(((["build-site:"] + state.finished.suffix(4) + [state.current]).filter { !$0.isEmpty }).joined(separator: " "))
            state.drawn = true
        }
    }

    /// Erases the line, so the summary starts on a clean one.
    func clear() {
        state.withLock { state in
            if state.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.drawn = false
        }
    }

    private static func draw(_ text: String) {
        let width = max(20, Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80) - 1
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + String(text.prefix(width))).utf8))
    }
}
