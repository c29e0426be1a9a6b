import Foundation
import Testing

@testable import SiteBuilder

/// The real disk, with every operation that decides what survives a power cut written down
/// in the order it happened.
private final class RecordingFileSystem: DiskWrapper, @unchecked Sendable {
    enum Event: Equatable {
        case syncFiles(folder: String, paths: Set<String>)
        case syncDirectory(String)
        /// A rename, a swap or a move that puts `destination` in place.
        case rename(source: String, destination: String)
    }

    private let base = LocalFileSystem()
    private let lock = NSLock()
    private var recorded: [Event] = []

    var events: [Event] { lock.withLock { recorded } }
    private func record(_ event: Event) { lock.withLock { recorded.append(event) } }
    func forget() { lock.withLock { recorded = [] } }

    func moveItem(_ source: URL, to destination: URL) throws {
        try base.moveItem(source, to: destination)
        record(.rename(source: source.standardizedFileURL.path, destination: destination.standardizedFileURL.path))
    }
    func replaceItem(_ item: URL, with replacement: URL) throws {
        try base.replaceItem(item, with: replacement)
        record(.rename(source: replacement.standardizedFileURL.path, destination: item.standardizedFileURL.path))
    }
    func exchangeItems(_ first: URL, _ second: URL) throws {
        try base.exchangeItems(first, second)
        record(.rename(source: first.standardizedFileURL.path, destination: second.standardizedFileURL.path))
    }
    func syncFiles(_ relativePaths: [String], in directory: URL) throws {
        try base.syncFiles(relativePaths, in: directory)
        record(.syncFiles(folder: directory.standardizedFileURL.path, paths: Set(relativePaths)))
    }
    func syncDirectory(_ directory: URL) throws {
        try base.syncDirectory(directory)
        record(.syncDirectory(directory.standardizedFileURL.path))
    }
}

@Suite("durable publishing")
struct DurablePublishingTests {
    private func build(_ site: SiteFixture, _ fileSystem: RecordingFileSystem, syncs: Bool = true) throws -> BuildReport {
        var configuration = BuildConfiguration(root: site.root, fileSystem: fileSystem)
        configuration.syncsToDisk = syncs
        return try SiteBuilder(configuration: configuration).build()
    }

    /// Where the staged site was put in place of public/, checking that every file public/
    /// now holds was synced in the staging folder before, and public/'s folder after.
    private func expectSyncedAroundSwap(_ site: SiteFixture, _ events: [RecordingFileSystem.Event], _ label: String) throws {
        let root = site.root.standardizedFileURL.path
        let output = root + "/public"
        let staging = root + "/.public.building"
        guard let swap = events.firstIndex(of: .rename(source: staging, destination: output)) else {
            Issue.record("\(label): the staging folder was never put in place of public/: \(events)")
            return
        }
        let published = Set(try LocalFileSystem().files(under: site.root.appendingPathComponent("public")))
        let syncedBefore = events[..<swap].reduce(into: Set<String>()) { synced, event in
            if case .syncFiles(staging, let paths) = event { synced.formUnion(paths) }
        }
        #expect(
            published.subtracting(syncedBefore).isEmpty,
            "\(label): published but not synced before the swap: \(published.subtracting(syncedBefore).sorted())")
        #expect(events[swap...].contains(.syncDirectory(root)), "\(label): the folder holding public/ was not synced after the swap")
    }

    @Test("every staged file reaches the disk before the swap, and the folder holding public/ after it")
    func syncedAroundSwap() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let fileSystem = RecordingFileSystem()
        // The first build moves the staging folder into place; the next one swaps it.
        try build(site, fileSystem)
        try expectSyncedAroundSwap(site, fileSystem.events, "first build")
        try site.write("---\ntitle: Trang mới\n---\nNội dung mới.\n", to: "content/pages/moi.md")
        fileSystem.forget()
        try build(site, fileSystem)
        try expectSyncedAroundSwap(site, fileSystem.events, "rebuild")
    }

    @Test("a page replaced in place reaches the disk before its rename, and its folder after it")
    func syncedInPlace() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let fileSystem = RecordingFileSystem()
        try build(site, fileSystem)
        let procedure = "content/procedures/2.000693.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(procedure), encoding: .utf8)
        try site.write(text + "\nMột đoạn mới.\n", to: procedure)
        fileSystem.forget()
        let report = try build(site, fileSystem)
        #expect(report.mode == .bodiesEdited([procedure]))

        let output = site.root.appendingPathComponent("public").standardizedFileURL.path
        let events = fileSystem.events
        // The build cache is renamed into place too; it needs no syncing, as a damaged or
        // outdated one is detected and costs only a full build.
        let renames = events.enumerated().compactMap { index, event -> (Int, String, String)? in
            guard case .rename(let source, let destination) = event, destination.hasPrefix(output + "/") else { return nil }
            return (index, source, destination)
        }
        #expect(!renames.isEmpty)
        for (index, source, destination) in renames {
            let temporary = String(source.dropFirst(output.count + 1))
            let syncedBefore = events[..<index].contains { event in
                if case .syncFiles(output, let paths) = event { return paths.contains(temporary) }
                return false
            }
            #expect(syncedBefore, "\(temporary) was renamed over \(destination) before it reached the disk")
            let folder = (destination as NSString).deletingLastPathComponent
            #expect(events[index...].contains(.syncDirectory(folder)), "\(folder) was not synced after \(destination) was replaced")
        }
    }

    @Test("--no-sync publishes the same site without syncing anything, for a full build and a page replaced in place")
    func noSync() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let fileSystem = RecordingFileSystem()
        try build(site, fileSystem, syncs: false)
        let procedure = "content/procedures/2.000693.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(procedure), encoding: .utf8)
        try site.write(text + "\nMột đoạn mới.\n", to: procedure)
        let report = try build(site, fileSystem, syncs: false)
        #expect(report.mode == .bodiesEdited([procedure]))
        let syncs = fileSystem.events.filter { event in
            switch event {
            case .syncFiles, .syncDirectory: true
            case .rename: false
            }
        }
        #expect(syncs.isEmpty, "\(syncs)")
        #expect(fileSystem.events.contains { if case .rename = $0 { true } else { false } })
        #expect(try site.output("thu-tuc/2.000693/index.html").contains("Một đoạn mới."))
    }
}
