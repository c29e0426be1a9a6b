import Foundation
import SyntheticCorpus
import Testing

@testable import SiteBuilder

/// A file system that fails after a number of writes, as a full disk does.
private struct FailingFileSystem: DiskWrapper {
    let base = LocalFileSystem()
    let failingWrite: Int
    let failExchange: Bool
    private let writes = Counter()

    init(failingWrite: Int = .max, failExchange: Bool = false) {
        self.failingWrite = failingWrite
        self.failExchange = failExchange
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int {
            lock.withLock {
                count += 1
                return count
            }
        }
    }

    func write(_ data: Data, to file: URL) throws {
        if writes.next() >= failingWrite {
            throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSLocalizedDescriptionKey: "No space left on device"])
        }
        try base.write(data, to: file)
    }
    func append(_ data: Data, to file: URL) throws {
        if writes.next() >= failingWrite {
            throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSLocalizedDescriptionKey: "No space left on device"])
        }
        try base.append(data, to: file)
    }
    func exchangeItems(_ first: URL, _ second: URL) throws {
        if failExchange { throw CocoaError(.featureUnsupported) }
        try base.exchangeItems(first, second)
    }
}

@Suite("atomic publishing")
struct AtomicPublishingTests {
    private func publicSnapshot(_ site: SiteFixture) throws -> [String: Data] {
        try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
    }

    /// What lies beside public/ other than the spare (the copy of the site before the last one,
    /// kept whole for the next build to reuse) and the build lock (kept, as Hugo keeps its own).
    private func leftovers(_ site: SiteFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.hasPrefix(".public") && $0 != ".public.spare" && $0 != ".public.lock"
        }
    }

    @Test("two folders are swapped in one step")
    func exchange() throws {
        let site = try SiteFixture("-- a/x.txt --\nA\n-- b/y.txt --\nB\n", withTheme: false)
        defer { site.delete() }
        try LocalFileSystem().exchangeItems(site.root.appendingPathComponent("a"), site.root.appendingPathComponent("b"))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("a/y.txt").path))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("b/x.txt").path))
    }

    @Test("a disk that fills up mid-write leaves public/ byte-for-byte the previous site, with no leftovers")
    func diskFull() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let before = try publicSnapshot(site)
        try site.write("---\ntitle: Trang mới\n---\nNội dung mới.\n", to: "content/pages/moi.md")
        for failingWrite in [1, 5, 12] {
            let configuration = BuildConfiguration(root: site.root, fileSystem: FailingFileSystem(failingWrite: failingWrite))
            do {
                try SiteBuilder(configuration: configuration).build()
                Issue.record("the build should have failed at write \(failingWrite)")
            } catch {
                #expect(error.diagnostics.map(\.description) == ["public:1:1: error: cannot write the site: no space left on the disk"])
            }
            let unchanged = try publicSnapshot(site) == before
            #expect(unchanged, "public/ changed after a failed write")
            #expect(try leftovers(site) == [])
        }
    }

    @Test("where folders cannot be swapped atomically, two renames still publish the whole new site")
    func renameFallback() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        try site.write("---\ntitle: Trang mới\n---\nNội dung mới.\n", to: "content/pages/moi.md")
        try SiteBuilder(configuration: BuildConfiguration(root: site.root, fileSystem: FailingFileSystem(failExchange: true))).build()
        #expect(site.outputExists("moi/index.html"))
        #expect(try leftovers(site) == [])
    }

    @Test("a build killed while it writes the new site leaves the previous site intact, and the next build publishes the new one")
    func killedMidBuild() throws {
        let site = try SiteFixture("", withTheme: true)
        defer { site.delete() }
        try CorpusGenerator(procedureCount: 300, seed: 7).write(to: site.root)
        try site.build()
        let previous = try publicSnapshot(site)
        // Change every page (the site title is on each), so a partial site would show.
        let settings = site.root.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try (text.replacingOccurrences(of: "title:", with: "title: Mới –", options: [], range: text.range(of: "title:")))
            .write(to: settings, atomically: true, encoding: .utf8)

        let scratch = site.root.appendingPathComponent("scratch")
        let full = try BuildSiteExecutable.run(["--root", site.root.path, "--output", scratch.path])
        #expect(full.status == 0, "\(full.errors)")
        let next = try SiteFixture.snapshot(of: scratch)
        #expect(next != previous)

        // Without the cache the staging folder starts empty, so the files in it are the files
        // this build has written: each kill lands after that many, before the last.
        let staging = site.root.appendingPathComponent(".public.building")
        for written in [1, next.count / 4, next.count / 2, next.count * 9 / 10] {
            let process = try BuildSiteExecutable.start(["--root", site.root.path, "--no-cache"])
            var seen = 0
            while process.isRunning && seen < written {
                seen = ((try? LocalFileSystem().files(under: staging)) ?? []).count
                if seen < written { Thread.sleep(forTimeInterval: 0.0005) }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "the build ended before it had written \(written) files")
            // Citizens still see the whole previous site.
            let now = try publicSnapshot(site)
            let unchanged = now == previous
            #expect(unchanged, "killed after \(seen) files written, public/ holds \(now.count) files, not the previous site")
        }
        try site.build()
        let published = try publicSnapshot(site)
        #expect(published == next, "the next build did not publish the new site")
        #expect(try leftovers(site) == [])
    }
}
