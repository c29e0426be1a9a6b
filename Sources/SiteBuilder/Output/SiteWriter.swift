import Foundation

/// Stage 8: writes the whole site into a staging folder beside the output folder, and only
/// when every file is written swaps it in, in one atomic step. A failed or killed build
/// leaves the published site as it was; files of removed content disappear because the
/// site is always written whole.
struct SiteWriter {
    let output: URL
    let fileSystem: any FileSystem

    private var parent: URL { output.deletingLastPathComponent() }
    private var staging: URL { parent.appendingPathComponent(".\(output.lastPathComponent).building") }
    private var previous: URL { parent.appendingPathComponent(".\(output.lastPathComponent).previous") }

    func write(_ files: [OutputFile]) throws(BuildFailure) {
        do {
            recoverInterruptedSwap()
            // Leftovers of a build that was killed: never part of any site.
            if fileSystem.itemExists(staging) { try fileSystem.removeItem(staging) }
            try fileSystem.createDirectory(staging)
            let directories = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
            for directory in directories.sorted() {
                try fileSystem.createDirectory(staging.appendingPathComponent(directory))
            }
            try writeConcurrently(files)
            try publishStaging()
        } catch {
            try? fileSystem.removeItem(staging)
            recoverInterruptedSwap()
            throw BuildFailure(diagnostics: [
                Diagnostic(.writeFailed(reason: "\(error.localizedDescription)"), at: SourceLocation(path: output.lastPathComponent))
            ])
        }
    }

    /// Writes the files on every core; each file is written once, so the order of writes
    /// changes nothing in the result. The first failure wins and fails the build.
    private func writeConcurrently(_ files: [OutputFile]) throws {
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            guard !failure.isSet else { return }
            let file = files[index]
            let destination = staging.appendingPathComponent(file.path)
            do {
                switch file.contents {
                case .data(let data): try fileSystem.write(data, to: destination)
                case .copy(let source): try fileSystem.write(try fileSystem.contents(of: source), to: destination)
                }
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error { throw error }
    }

    private final class FirstError: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (any Error)?
        var isSet: Bool { lock.withLock { stored != nil } }
        var error: (any Error)? { lock.withLock { stored } }
        func record(_ error: any Error) { lock.withLock { if stored == nil { stored = error } } }
    }

    /// Puts the staged site in place of the published one. Where the system can swap two
    /// folders atomically, a reader (or a kill) sees the old site or the new one, never
    /// neither; elsewhere two renames, with `recoverInterruptedSwap` for the gap between them.
    private func publishStaging() throws {
        guard fileSystem.itemExists(output) else {
            try fileSystem.moveItem(staging, to: output)
            return
        }
        do {
            try fileSystem.exchangeItems(staging, output)
            try? fileSystem.removeItem(staging)  // now the old site
        } catch {
            if fileSystem.itemExists(previous) { try fileSystem.removeItem(previous) }
            try fileSystem.moveItem(output, to: previous)
            try fileSystem.moveItem(staging, to: output)
            try? fileSystem.removeItem(previous)
        }
    }

    /// Puts back the last good site if a build was stopped between the two renames.
    private func recoverInterruptedSwap() {
        if !fileSystem.itemExists(output) && fileSystem.itemExists(previous) {
            try? fileSystem.moveItem(previous, to: output)
        }
    }
}
