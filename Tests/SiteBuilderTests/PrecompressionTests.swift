import Foundation
import Testing

@testable import SiteBuilder

/// The real disk, with the removals and renames of files under `folder` written down in order.
private final class RemovalsAndRenames: DiskWrapper, @unchecked Sendable {
    let folder: String
    private let lock = NSLock()
    private var recorded: [String] = []

    init(folder: URL) { self.folder = folder.standardizedFileURL.path + "/" }

    var events: [String] { lock.withLock { recorded } }
    private func record(_ event: String, _ item: URL) {
        lock.withLock { recorded.append(event + " " + item.standardizedFileURL.path.replacingOccurrences(of: folder, with: "")) }
    }

    func removeItem(_ item: URL) throws {
        try LocalFileSystem().removeItem(item)
        record("remove", item)
    }
    func replaceItem(_ item: URL, with replacement: URL) throws {
        try LocalFileSystem().replaceItem(item, with: replacement)
        record("replace", item)
    }
}

/// The `.gz` and `.br` copies nginx sends as they are: beside every text file larger than
/// 1 KB and nothing else, each holding its file's bytes, the same from build to build, and
/// never a copy of another version of its file.
@Suite("precompressed copies", .serialized)
struct PrecompressionTests {
    /// The committed sample site in a fresh folder.
    private func sampleSite() throws -> SiteFixture {
        let site = try SiteFixture("", withTheme: true)
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        return site
    }

    private static func isCopy(_ path: String) -> Bool { path.hasSuffix(".gz") || path.hasSuffix(".br") }

    /// Every problem with the copies in a published folder: a file that should have copies and
    /// lacks one, a copy that does not decompress to its file, a copy of a file that gets none.
    private func problems(in folder: URL) throws -> [String] {
        let files = try SiteFixture.snapshot(of: folder)
        var problems: [String] = []
        for (path, data) in files where !Self.isCopy(path) {
            let wanted = Precompressor.compresses(path, size: data.count)
            for (copy, decompress) in [(path + ".gz", Decompression.gunzip), (path + ".br", Decompression.unbrotli)] {
                switch (wanted, files[copy]) {
                case (true, nil): problems.append("\(copy): missing")
                case (false, .some): problems.append("\(copy): written for a file that gets no copy")
                case (true, let compressed?) where decompress(compressed) != data: problems.append("\(copy): not \(path)'s bytes")
                default: break
                }
            }
        }
        for path in files.keys where Self.isCopy(path) && files[String(path.dropLast(3))] == nil {
            problems.append("\(path): a copy of no file")
        }
        return problems.sorted()
    }

    @Test("text files larger than 1 KB get a .gz and a .br that decompress to them; other files get none")
    func copiesOfTextFiles() throws {
        let site = try sampleSite()
        defer { site.delete() }
        try site.write(Data(repeating: 0x61, count: 4096), to: "content/files/big.txt")
        try site.write(Data(repeating: 0x61, count: 1024), to: "content/files/just-1-kb.csv")
        try site.write(Data(repeating: 0x61, count: 1025), to: "content/files/just-over.csv")
        try site.build()
        let published = site.root.appendingPathComponent("public")
        #expect(try problems(in: published) == [])
        #expect(site.outputExists("index.html.gz") && site.outputExists("index.html.br"))
        #expect(site.outputExists("assets/style.css.br"))
        #expect(site.outputExists("files/just-over.csv.gz"))
        #expect(!site.outputExists("files/just-1-kb.csv.gz") && !site.outputExists("files/big.txt.gz"))
        #expect(!site.outputExists("robots.txt.gz"))

        // A rebuild staged in the spare, which holds the copies of the file, now 1 KB or less.
        try site.write(Data(repeating: 0x62, count: 2048), to: "content/files/other.csv")
        try site.build()
        try site.write(Data(repeating: 0x61, count: 100), to: "content/files/just-over.csv")
        try site.build()
        #expect(!site.outputExists("files/just-over.csv.gz") && !site.outputExists("files/just-over.csv.br"))
        #expect(try problems(in: published) == [])
    }

    @Test("the preview writes no copies: it stays quick")
    func previewWritesNone() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let session = PreviewSession(root: site.root)
        _ = try session.rebuild().get()
        let files = try LocalFileSystem().files(under: session.output)
        #expect(files.contains("index.html"))
        #expect(files.filter(Self.isCopy) == [])
    }

    @Test("copies are the same bytes from build to build, and the gzip header names no file and no time")
    func deterministic() throws {
        let site = try sampleSite()
        defer { site.delete() }
        let first = site.root.appendingPathComponent("first")
        let second = site.root.appendingPathComponent("second")
        try SiteBuilder(configuration: BuildConfiguration(root: site.root, output: first, incremental: false)).build()
        Thread.sleep(forTimeInterval: 1.1)  // a header carrying the time would now differ
        try SiteBuilder(configuration: BuildConfiguration(root: site.root, output: second, incremental: false)).build()
        let copies = try SiteFixture.snapshot(of: first).filter { Self.isCopy($0.key) }
        #expect(copies.count > 100)
        let again = try SiteFixture.snapshot(of: second).filter { Self.isCopy($0.key) }
        #expect(TreeComparison.differences(expected: copies, actual: again) == [])
        // RFC 1952: ID1 ID2 CM FLG MTIME(4); no FNAME (FLG 0), MTIME 0.
        let named = copies.filter { $0.key.hasSuffix(".gz") && Array($0.value.prefix(8)) != [0x1F, 0x8B, 8, 0, 0, 0, 0, 0] }
        #expect(named.keys.sorted() == [])
    }

    @Test("a body edit rewrites the page's copies in place; an unchanged rebuild keeps them")
    func bodyEdit() throws {
        let site = try sampleSite()
        defer { site.delete() }
        try site.build()
        var report = try site.build()
        #expect(report.mode == .unchanged)
        #expect(try problems(in: site.root.appendingPathComponent("public")) == [])

        let procedure = "content/procedures/2.000693.md"
        let page = "thu-tuc/2.000693/index.html"
        let gzipURL = site.root.appendingPathComponent("public/" + page + ".gz")
        let before = try Data(contentsOf: gzipURL)
        let text = try String(contentsOf: site.root.appendingPathComponent(procedure), encoding: .utf8)
        try site.write(text + "\nMột đoạn mới về hồ sơ điện tử.\n", to: procedure)
        report = try site.build()
        #expect(report.mode == .bodiesEdited([procedure]))
        let html = try Data(contentsOf: site.root.appendingPathComponent("public/" + page))
        #expect(String(decoding: html, as: UTF8.self).contains("Một đoạn mới về hồ sơ điện tử."))
        #expect(Decompression.gunzip(try Data(contentsOf: site.root.appendingPathComponent("public/" + page + ".gz"))) == html)
        #expect(Decompression.unbrotli(try Data(contentsOf: site.root.appendingPathComponent("public/" + page + ".br"))) == html)
        #expect(try Data(contentsOf: gzipURL) != before)
        #expect(try problems(in: site.root.appendingPathComponent("public")) == [])
    }

    @Test("a page replaced in place by one of 1 KB or less loses its copies, removed before it is replaced")
    func shrunkPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("precompress-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let fileSystem = LocalFileSystem()
        let large = Data(String(repeating: "<p>Thủ tục</p>\n", count: 200).utf8)
        let first = SitePublisher(output: output, fileSystem: fileSystem, published: nil, spare: nil, precompresses: true)
        try first.begin()
        try first.add("a/index.html", large)
        try first.add("b/index.html", large)
        let published = try first.finish().published
        #expect(
            published.records.keys.sorted() == [
                "a/index.html", "a/index.html.br", "a/index.html.gz", "b/index.html", "b/index.html.br", "b/index.html.gz",
            ])

        let recording = RemovalsAndRenames(folder: output)
        let second = SitePublisher(output: output, fileSystem: recording, published: published, spare: nil, precompresses: true)
        let small = Data("<p>Ngắn</p>\n".utf8)
        let larger = large + Data("<p>Mới</p>\n".utf8)
        let outcome = try second.replaceInPlace([("a/index.html", small), ("b/index.html", larger)])
        #expect(outcome.published.records.keys.sorted() == ["a/index.html", "b/index.html", "b/index.html.br", "b/index.html.gz"])
        // The old copies go before their page changes, the new ones come after it.
        #expect(
            recording.events == [
                "remove a/index.html.gz", "remove a/index.html.br", "replace a/index.html",
                "remove b/index.html.gz", "remove b/index.html.br", "replace b/index.html", "replace b/index.html.gz",
                "replace b/index.html.br",
            ])
        #expect(outcome.published.matches(fileSystem.inventory(under: output)))
        #expect(try problems(in: output) == [])
        #expect(Decompression.gunzip(try Data(contentsOf: output.appendingPathComponent("b/index.html.gz"))) == larger)
    }

    @Test("a build without copies (--no-precompress) publishes none, removing those of the build before, and back")
    func noPrecompress() throws {
        let site = try sampleSite()
        defer { site.delete() }
        let published = site.root.appendingPathComponent("public")
        try site.build()
        #expect(site.outputExists("index.html.gz"))
        var configuration = site.configuration
        configuration.precompresses = false
        try SiteBuilder(configuration: configuration).build()
        #expect(try LocalFileSystem().files(under: published).filter(Self.isCopy) == [])
        try site.build()
        #expect(try problems(in: published) == [])

        let result = try BuildSiteExecutable.run(["--root", site.root.path, "--no-precompress", "--no-sync"])
        #expect(result.status == 0, "\(result.errors)")
        let files = try LocalFileSystem().files(under: published)
        #expect(files.contains("index.html"))
        #expect(files.filter(Self.isCopy) == [])
    }
}
