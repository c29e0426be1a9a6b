import Foundation
import Synchronization

/// The last stage: receives the finished site file by file, writes each into a staging folder
/// beside the output folder, and only when every file is there swaps it in, in one atomic
/// step. A failed or killed build leaves the published site as it was.
///
/// The site before the last one is kept as a spare (`.public.spare`). When the build cache
/// vouches for it, the spare becomes the next staging folder and only the files that differ
/// are written, so a rebuild after a small edit writes a handful of files, not the whole site.
final class SitePublisher: OutputSink, Sendable {
    /// What publishing did, for the build summary and the build cache.
    struct Outcome: Sendable {
        /// What the output folder holds now.
        let published: OutputManifest
        /// What the spare holds now, when it is known.
        let spare: OutputManifest?
        /// Files whose contents citizens now get differently: new, changed or removed.
        let changedPaths: [String]
        /// Files physically written this build.
        let writes: Int
    }

    private let output: URL
    private let fileSystem: any FileSystem
    /// What the output folder holds, when the cache vouches for it.
    private let published: OutputManifest?
    private let spareManifest: OutputManifest?

    /// What the staging folder held when it was set up, what this build has put there, and how
    /// many files it wrote; files come from several threads at once.
    private struct State {
        var staged: [String: OutputManifest.Record] = [:]
        var produced: [String: OutputManifest.Record] = [:]
        /// Folders known to exist in the staging folder; listed from the spare's files only
        /// when a file is first written, as a rebuild after a small edit may write none.
        var knownFolders: Set<String>?
        var writes = 0
    }
    private let state = Mutex(State())

    /// The folders beside the output folder, named once: every file written joins its path
    /// to the staging folder, and joining URLs is not cheap.
    private let staging: URL
    /// The staging folder's path and a `/`, to which each file's path is joined as text.
    private let stagingPath: String
    private let previous: URL
    let spare: URL

    /// `published` and `spare` are what the build cache recorded; each is trusted only if the
    /// folder, listed now, is exactly as recorded.
    /// Whether the site replaced is kept as the next build's spare; without a build cache
    /// nothing could vouch for it, so it is removed.
    private let keepsSpare: Bool
    /// Whether files reach the disk before they are published, and the renames after.
    private let syncs: Bool
    /// Whether text files get compressed copies beside them (`Precompressor`).
    private let precompresses: Bool

    /// `outputInventory` is the output folder as listed now, when the caller has listed it.
    init(
        output: URL, fileSystem: any FileSystem, published: OutputManifest?, spare: OutputManifest?, keepsSpare: Bool = true,
        syncs: Bool = true, precompresses: Bool = false, outputInventory: [String: FileStatus]? = nil
    ) {
        self.output = output
        let parent = output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(output.lastPathComponent).building", isDirectory: true)
        stagingPath = staging.path + "/"
        previous = parent.appendingPathComponent(".\(output.lastPathComponent).previous", isDirectory: true)
        self.spare = parent.appendingPathComponent(".\(output.lastPathComponent).spare", isDirectory: true)
        self.fileSystem = fileSystem
        self.keepsSpare = keepsSpare
        self.syncs = syncs
        self.precompresses = precompresses
        self.published = published.flatMap { $0.matches(outputInventory ?? fileSystem.inventory(under: output)) ? $0 : nil }
        self.spareManifest = spare
    }

    /// Whether the output folder is known to hold exactly what the cache recorded.
    var publishedIsKnown: Bool { published != nil }

    /// Sets up the staging folder: the spare when it is exactly as recorded, else a new one.
    func begin() throws(BuildFailure) {
        do {
            recoverInterruptedSwap()
            // Leftovers of a build that was killed: never part of any site.
            if fileSystem.itemExists(staging) { try fileSystem.removeItem(staging) }
            if let spareManifest, spareManifest.matches(fileSystem.inventory(under: spare)) {
                try fileSystem.moveItem(spare, to: staging)
                state.withLock { $0.staged = spareManifest.records }
            } else {
                if fileSystem.itemExists(spare) { try fileSystem.removeItem(spare) }
                try fileSystem.createDirectory(staging)
            }
        } catch {
            abandon()
            throw failure(error)
        }
    }

    /// Adds one file of the new site; writes it only if the staging folder holds other bytes.
    /// Safe to call from several threads at once; on failure, call `abandon()`.
    func add(_ path: String, _ data: Data) throws(BuildFailure) {
        let hash = ContentHash.of(data)
        if keepStaged(path, hash: hash, size: data.count) { return }
        do {
            try makeFolders(for: path)
            record(path, try fileSystem.write(data, toPath: stagingPath + path), hash: hash)
        } catch {
            throw failure(error)
        }
    }

    /// Adds one file written a piece at a time, beside its place in the staging folder, and
    /// fingerprinted as it goes; it takes its place only if the staging folder holds other bytes.
    func addStreamed(
        _ path: String, _ produce: (_ write: (Data) throws(BuildFailure) -> Void) throws(BuildFailure) -> Void
    ) throws(BuildFailure) {
        let destination = staging.appendingPathComponent(path, isDirectory: false)
        let temporary = destination.deletingLastPathComponent().appendingPathComponent(
            ".\(destination.lastPathComponent).streaming", isDirectory: false)
        var hash = ContentHash()
        var size = 0
        do {
            try makeFolders(for: path)
            try fileSystem.write(Data(), to: temporary)
        } catch {
            throw failure(error)
        }
        try produce { (piece: Data) throws(BuildFailure) in
            hash.add(piece)
            size += piece.count
            do { try fileSystem.append(piece, to: temporary) } catch { throw failure(error) }
        }
        do {
            if keepStaged(path, hash: hash.value, size: size) {
                try fileSystem.removeItem(temporary)
                return
            }
            try fileSystem.replaceItem(destination, with: temporary)
            try recordWritten(path, at: destination, hash: hash.value)
        } catch {
            throw failure(error)
        }
    }

    /// Whether the staging folder already holds these bytes at `path`; if so, they are kept.
    private func keepStaged(_ path: String, hash: UInt64, size: Int) -> Bool {
        state.withLock { state in
            guard let current = state.staged[path], current.hash == hash, current.status.size == size else { return false }
            state.produced[path] = current
            return true
        }
    }

    /// Makes the folders `path` needs in the staging folder.
    ///
    /// A folder is known only once it exists, so no thread writes into one another thread
    /// is still making; two threads making the same folder is harmless.
    private func makeFolders(for path: String) throws {
        let folders = Self.folders(of: path)
        let unknown = state.withLock { state in
            let known = state.knownFolders ?? Set(state.staged.keys.flatMap(Self.folders(of:)))
            state.knownFolders = known
            return folders.last.flatMap { known.contains($0) ? nil : $0 }
        }
        if let unknown {
            try fileSystem.createDirectory(staging.appendingPathComponent(unknown, isDirectory: true))
            state.withLock { $0.knownFolders?.formUnion(folders) }
        }
    }

    private func recordWritten(_ path: String, at destination: URL, hash: UInt64) throws {
        guard let status = fileSystem.status(of: destination) else { throw CocoaError(.fileNoSuchFile) }
        record(path, status, hash: hash)
    }

    private func record(_ path: String, _ status: FileStatus, hash: UInt64) {
        state.withLock { state in
            state.produced[path] = OutputManifest.Record(hash: hash, status: status)
            state.writes += 1
        }
    }

    /// Removes what the new site no longer has and swaps the staging folder in, unless the
    /// new site is exactly the published one, which then stays untouched.
    func finish() throws(BuildFailure) -> Outcome {
        let staged = state.withLock { $0.staged }
        var (produced, writes) = state.withLock { ($0.produced, $0.writes) }
        do {
            if precompresses {
                let copies = try Precompressor.writeCopies(
                    inFolder: stagingPath, produced: produced, staged: staged, fileSystem: fileSystem)
                produced.merge(copies.records) { _, copy in copy }
                writes += copies.writes
            }
            let removed = staged.keys.filter { produced[$0] == nil }
            for path in removed { try fileSystem.removeItem(staging.appendingPathComponent(path, isDirectory: false)) }
            if !removed.isEmpty {
                // Folders left empty go too: a removed procedure leaves no trace.
                let neededFolders = Set(produced.keys.flatMap(Self.folders(of:)))
                for folder in Set(removed.flatMap(Self.folders(of:))).subtracting(neededFolders).sorted() {
                    let url = staging.appendingPathComponent(folder, isDirectory: true)
                    if fileSystem.itemExists(url) { try fileSystem.removeItem(url) }
                }
            }
            let built = OutputManifest(records: produced)
            let changed = Self.changedPaths(produced, comparedWith: published)
            if let published, changed.isEmpty {
                try keepAsSpare()
                return Outcome(published: published, spare: keepsSpare ? built : nil, changedPaths: [], writes: writes)
            }
            let hadOutput = fileSystem.itemExists(output)
            // Every file of the new site on disk before the swap, and the swap after it: a
            // power cut leaves the whole old site or the whole new one, never empty files.
            if syncs { try fileSystem.syncFiles(produced.keys.sorted(), in: staging) }
            try publishStaging()
            if syncs { try fileSystem.syncDirectory(output.deletingLastPathComponent()) }
            if hadOutput { try keepAsSpare() }
            return Outcome(
                published: built, spare: hadOutput && keepsSpare ? published : nil, changedPaths: changed, writes: writes)
        } catch {
            abandon()
            throw failure(error)
        }
    }

    /// The staging folder now holds a whole earlier site: the next build's spare, or nothing.
    private func keepAsSpare() throws {
        if keepsSpare { try fileSystem.moveItem(staging, to: spare) } else { try fileSystem.removeItem(staging) }
    }

    /// Replaces a few files of the published site in place, each in one atomic step (written
    /// beside it, then renamed over it), for a rebuild whose new pages stand alone: after an
    /// edit of procedure bodies only their own pages change, so a reader sees each page old or
    /// new and every moment is a whole, consistent site. The spare is left as it is.
    ///
    /// A replaced page's compressed copies are made anew (`Precompressor`). Its old copies are
    /// removed before it is replaced and the new ones renamed in after it, so nginx never
    /// sends a copy of another version of the page: in between, it sends the page itself.
    ///
    /// Every new file is written and on disk before the first rename, and the renames reach the
    /// disk with their folders after, so a power cut leaves each page whole, old or new.
    func replaceInPlace(_ files: [(path: String, data: Data)]) throws(BuildFailure) -> Outcome {
        guard var manifest = published else { throw failure(CocoaError(.fileNoSuchFile)) }
        let changedFiles = files.filter { file in
            manifest.records[file.path].map { $0.hash != ContentHash.of(file.data) || $0.status.size != file.data.count } ?? true
        }
        let precompresses = precompresses
        // Each changed file first, then its copies, made on every core.
        let groups = changedFiles.concurrentMap { file in
            [file] + (precompresses ? Precompressor.compressedCopies(of: file.path, file.data) : [])
        }
        var written: [[(path: String, temporary: String, hash: UInt64)]] = []
        var removed: [String] = []
        do {
            do {
                for group in groups {
                    written.append([])
                    for (path, data) in group {
                        let temporary = Self.temporaryPath(for: path)
                        written[written.count - 1].append((path, temporary, ContentHash.of(data)))
                        try fileSystem.write(data, to: output.appendingPathComponent(temporary, isDirectory: false))
                    }
                }
                let temporaries = written.flatMap { $0.map(\.temporary) }
                if syncs && !temporaries.isEmpty { try fileSystem.syncFiles(temporaries, in: output) }
            } catch {
                // Nothing is renamed yet: the published site is as it was, without leftovers.
                for file in written.joined() {
                    try? fileSystem.removeItem(output.appendingPathComponent(file.temporary, isDirectory: false))
                }
                throw error
            }
            for group in written {
                guard let page = group.first else { continue }
                for copy in Precompressor.copies(of: page.path) where manifest.records[copy] != nil {
                    try fileSystem.removeItem(output.appendingPathComponent(copy, isDirectory: false))
                    manifest.records[copy] = nil
                    removed.append(copy)
                }
                for (path, temporary, hash) in group {
                    let destination = output.appendingPathComponent(path, isDirectory: false)
                    try fileSystem.replaceItem(destination, with: output.appendingPathComponent(temporary, isDirectory: false))
                    guard let status = fileSystem.status(of: destination) else { throw CocoaError(.fileNoSuchFile) }
                    manifest.records[path] = OutputManifest.Record(hash: hash, status: status)
                }
            }
            if syncs {
                for folder in Set(written.joined().map { (output.path + "/" + $0.path as NSString).deletingLastPathComponent }).sorted() {
                    try fileSystem.syncDirectory(URL(fileURLWithPath: folder, isDirectory: true))
                }
            }
        } catch {
            throw failure(error)
        }
        let writes = written.joined().count
        let changed = Set(written.joined().map(\.path) + removed).sorted()
        return Outcome(published: manifest, spare: spareManifest, changedPaths: changed, writes: writes)
    }

    /// `a/b.html` → `a/.b.html.building`: where a page is written before it is renamed over the old one.
    private static func temporaryPath(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return ".\(path).building" }
        return "\(path[...slash]).\(path[path.index(after: slash)...]).building"
    }

    /// Gives up: removes the staging folder; the published site stays as it was.
    func abandon() {
        try? fileSystem.removeItem(staging)
        recoverInterruptedSwap()
    }

    private static func changedPaths(
        _ produced: [String: OutputManifest.Record], comparedWith published: OutputManifest?
    ) -> [String] {
        guard let published else { return produced.keys.sorted() }
        let changed = produced.filter { published.records[$0.key]?.hash != $0.value.hash }.map(\.key)
        let removed = published.records.keys.filter { produced[$0] == nil }
        return (changed + removed).sorted()
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
        } catch {
            if fileSystem.itemExists(previous) { try fileSystem.removeItem(previous) }
            try fileSystem.moveItem(output, to: previous)
            try fileSystem.moveItem(staging, to: output)
            try fileSystem.moveItem(previous, to: staging)
        }
    }

    /// Puts back the last good site if a build was stopped between the two renames.
    private func recoverInterruptedSwap() {
        if !fileSystem.itemExists(output) && fileSystem.itemExists(previous) {
            try? fileSystem.moveItem(previous, to: output)
        }
        if fileSystem.itemExists(previous) { try? fileSystem.removeItem(previous) }
    }

    /// The build's error for a failed file operation. Adding files runs on several threads at
    /// once, so the caller, not the failing thread, abandons the staging folder.
    private func failure(_ error: any Error) -> BuildFailure {
        BuildFailure(diagnostics: [
            Diagnostic(.writeFailed(IOFailure(error)), at: SourceLocation(path: output.lastPathComponent))
        ])
    }

    /// `a/b/c.html` → `a`, `a/b`: the folders a file needs, outermost first.
    private static func folders(of path: String) -> [String] {
        var result: [String] = []
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            result.append(String(path[..<slash]))
            index = path.index(after: slash)
        }
        return result
    }
}
