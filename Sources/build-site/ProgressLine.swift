import Foundation
import SiteBuilder

/// One line on the editor's terminal that says how far a long build has got
/// (`build-site: load ✓ decode ✓ … render 3,200/10,570`), rewritten in place at most ten
/// times a second and erased before the summary. Only ever used on a terminal: output to a
/// file or a pipe carries no control characters.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [String] = []
    private var current = ""
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private let language: Language

    init(language: Language) {
        self.language = language
    }

    var observer: BuildProgress.Observer {
        { [self] progress in update(progress) }
    }

    private func update(_ progress: BuildProgress) {
        lock.withLock {
            if let done = progress.done, let total = progress.total {
                current = "\(StageName.text(progress.stage, in: language)) \(done)/\(total)"
            } else {
                finished.append(StageName.text(progress.stage, in: language) + " ✓")
                current = ""
            }
            let now = Date()
            guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            lastDrawn = now
            draw(((["build-site:"] + finished.suffix(4) + [current]).filter { !$0.isEmpty }).joined(separator: " "))
        }
    }

    /// Erases the line, so the summary starts on a clean one.
    func clear() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }

    private func draw(_ text: String) {
        let width = max(20, Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80) - 1
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + String(text.prefix(width))).utf8))
        drawn = true
    }
}
