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
            var createdDirectories: Set<String> = []
            for file in files.sorted(by: { $0.path < $1.path }) {
                let destination = staging.appendingPathComponent(file.path)
                let directory = (file.path as NSString).deletingLastPathComponent
                if !directory.isEmpty, createdDirectories.insert(directory).inserted {
                    try fileSystem.createDirectory(destination.deletingLastPathComponent())
                }
                switch file.contents {
                case .data(let data): try fileSystem.write(data, to: destination)
                case .copy(let source): try fileSystem.write(try fileSystem.contents(of: source), to: destination)
                }
            }
            try publishStaging()
        } catch {
            try? fileSystem.removeItem(staging)
            recoverInterruptedSwap()
            throw BuildFailure(diagnostics: [
                Diagnostic(.writeFailed(reason: "\(error.localizedDescription)"), at: SourceLocation(path: output.lastPathComponent))
            ])
        }
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
