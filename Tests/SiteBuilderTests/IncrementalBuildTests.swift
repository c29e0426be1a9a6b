import Foundation
import SyntheticCorpus
import Testing

@testable import SiteBuilder

/// A rebuild that reuses the build cache must publish exactly what a full build of the same
/// folder publishes, and report the same problems, whatever the edit.
@Suite("incremental rebuilds", .serialized)
struct IncrementalBuildTests {
    /// The committed sample site, in a fresh folder, built once so the cache exists.
    private func sampleSite() throws -> SiteFixture {
        let site = try SiteFixture("", withTheme: true)
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        try site.build()
        return site
    }

    /// What a full build without any cache publishes from the same content and templates.
    private func fullBuild(of site: SiteFixture) throws -> (files: [String: Data], diagnostics: [String]) {
        let reference = try SiteFixture("", withTheme: false)
        defer { reference.delete() }
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: site.root.appendingPathComponent(folder), to: reference.root.appendingPathComponent(folder))
        }
        let report = try SiteBuilder(configuration: BuildConfiguration(root: reference.root, incremental: false)).build()
        return (try SiteFixture.snapshot(of: reference.root.appendingPathComponent("public")), report.diagnostics.map(\.description))
    }

    private func expectSameAsFullBuild(_ site: SiteFixture, _ report: BuildReport, _ edit: String) throws {
        let full = try fullBuild(of: site)
        let published = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        let differences = TreeComparison.differences(expected: full.files, actual: published)
        #expect(differences.isEmpty, "after \(edit): \(differences.prefix(10).joined(separator: "\n"))")
        #expect(report.diagnostics.map(\.description) == full.diagnostics, "after \(edit)")
    }

    private func edit(_ site: SiteFixture, _ path: String, _ change: (String) -> String) throws {
        let url = site.root.appendingPathComponent(path)
        try site.write(change(try String(contentsOf: url, encoding: .utf8)), to: path)
    }

    @Test("a rebuild after each kind of edit publishes exactly what a full build does")
    func everyKindOfEdit() throws {
        let site = try sampleSite()
        defer { site.delete() }
        let procedure = "content/procedures/2.000693.md"

        var report = try site.build()
        #expect(report.mode == .unchanged)
        #expect(report.pagesChanged == 0 && report.filesWritten == 0)
        try expectSameAsFullBuild(site, report, "no edit")

        try edit(site, procedure) { $0 + "\nMột đoạn mới về ~~thủ tục cũ~~ tại https://dichvucong.gov.vn.\n" }
        report = try site.build()
        #expect(report.mode == .bodiesEdited([procedure]))
        #expect(report.pagesChanged == 1)
        try expectSameAsFullBuild(site, report, "a procedure body edit")

        // The same edit again, undone: the spare copy now differs in that page only.
        try edit(site, procedure) {
            $0.replacingOccurrences(of: "\nMột đoạn mới về ~~thủ tục cũ~~ tại https://dichvucong.gov.vn.\n", with: "")
        }
        report = try site.build()
        #expect(report.mode == .bodiesEdited([procedure]))
        try expectSameAsFullBuild(site, report, "undoing the body edit")

        // A body edit that brings a warning: reported like a full build reports it.
        try edit(site, procedure) { $0 + "\n<script>alert(1)</script>\n" }
        report = try site.build()
        #expect(report.mode == .bodiesEdited([procedure]))
        #expect(!report.diagnostics.isEmpty)
        try expectSameAsFullBuild(site, report, "a body edit with raw HTML")

        let edits: [(String, () throws -> Void)] = [
            (
                "a procedure's front matter",
                { try edit(site, procedure) { $0.replacingOccurrences(of: "title: \"", with: "title: \"Mới – ") } }
            ),
            (
                "a procedure losing a required section",
                {
                    try edit(site, "content/procedures/1.001521.md") { $0.replacingOccurrences(of: "## Yêu cầu", with: "## Ghi chú") }
                }
            ),
            (
                "a decision's list",
                { try edit(site, "content/decisions/qd-222-2021-bhxh.md") { $0.replacingOccurrences(of: "  - \"1.001598\"\n", with: "") } }
            ),
            (
                "a feedback result",
                {
                    let path = try FileManager.default.contentsOfDirectory(
                        atPath: site.root.appendingPathComponent("content/feedback").path
                    ).sorted()[0]
                    try edit(site, "content/feedback/" + path) {
                        $0.replacingOccurrences(of: "## Kết quả xử lý", with: "## Kết quả xử lý\n\nĐã cập nhật.")
                    }
                }
            ),
            ("a template", { try edit(site, "templates/partials/footer.mustache") { $0 + "<!-- -->\n<p>Chân trang mới</p>\n" } }),
            ("a stylesheet", { try edit(site, "templates/assets/style.css") { $0 + "\n.new { color: red; }\n" } }),
            ("an added page", { try site.write("---\ntitle: Trang mới\n---\nNội dung mới.\n", to: "content/pages/trang-moi.md") }),
            ("a deleted page", { try site.remove("content/pages/trang-moi.md") }),
            (
                "an added procedure",
                {
                    try edit(site, procedure) { $0 }
                    let text = try String(contentsOf: site.root.appendingPathComponent(procedure), encoding: .utf8)
                    try site.write(text.replacingOccurrences(of: "2.000693", with: "2.999991"), to: "content/procedures/2.999991.md")
                }
            ),
            ("a deleted procedure", { try site.remove("content/procedures/2.999991.md") }),
            (
                "a document replaced",
                {
                    try edit(site, "content/documents/luat-46-2014-qh13.md") {
                        $0.replacingOccurrences(
                            of: "status: in-force", with: "status: replaced\nreplaced_by: [\"51/2024/QH15\"]\nexpired_on: 2025-07-01")
                    }
                }
            ),
            (
                "a news item's procedures",
                {
                    try edit(site, "content/news/luat-bao-hiem-xa-hoi-2024-co-hieu-luc.md") {
                        $0.replacingOccurrences(of: "tags:", with: "procedures: [\"1.001667\"]\ntags:")
                    }
                }
            ),
            ("a deleted news item", { try site.remove("content/news/luat-bao-hiem-xa-hoi-2024-co-hieu-luc.md") }),
        ]
        for (name, change) in edits {
            try change()
            report = try site.build()
            if case .full = report.mode {} else { Issue.record("after \(name): \(report.mode)") }
            try expectSameAsFullBuild(site, report, name)
        }
    }

    @Test("a body-edit rebuild runs the full build's stages, in the same order, under one numbering; a no-change rebuild only the scan")
    func bodyEditRunsTheSameStages() throws {
        let site = try sampleSite()
        defer { site.delete() }
        // The site is built once already: the stages of a full build are those `SiteBuildTests` lists.
        let stages = ["scan", "load", "decode", "validate", "markdown", "assemble", "render", "publish", "cache"]
        try edit(site, "content/procedures/2.000693.md") { $0 + "\nMột đoạn mới.\n" }
        let report = try site.build()
        #expect(report.mode == .bodiesEdited(["content/procedures/2.000693.md"]))
        #expect(report.stageTimes.map(\.stage) == stages)
        #expect(try site.build().stageTimes.map(\.stage) == ["scan"])
    }

    @Test("a body edit of a procedure whose field is written another way shows the field and warns as a full build does")
    func bodyEditOfStraySpelling() throws {
        let site = try sampleSite()
        defer { site.delete() }
        let procedure = "content/procedures/2.000693.md"
        try edit(site, procedure) {
            $0.replacingOccurrences(of: "field: \"Thực hiện chính sách BHXH\"", with: "field: \"Thuc hien chinh sach BHXH\"")
        }
        var report = try site.build()
        #expect(report.diagnostics.contains { $0.isFieldSpelling && $0.location.path == procedure })
        try expectSameAsFullBuild(site, report, "a field written another way")

        try edit(site, procedure) { $0 + "\nMột đoạn mới.\n" }
        report = try site.build()
        #expect(report.mode == .bodiesEdited([procedure]))
        #expect(try site.output("thu-tuc/2.000693/index.html").contains("<dd>Thực hiện chính sách BHXH</dd>"))
        try expectSameAsFullBuild(site, report, "a body edit of that procedure")

        report = try site.build()
        #expect(report.mode == .unchanged)
        try expectSameAsFullBuild(site, report, "no edit")
    }

    @Test("editors' swap, backup and lock files are neither read nor published, and are not edits")
    func editorLeftovers() throws {
        let site = try sampleSite()
        defer { site.delete() }
        let procedure = "content/procedures/2.000693.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(procedure), encoding: .utf8)
        let leftovers = [
            "content/procedures/.2.000693.md.swp", "content/procedures/2.000693.md~", "content/procedures/#2.000693.md#",
            "content/files/.~lock.mau-don.docx#", "content/files/.DS_Store", "templates/.layout.mustache.swp",
            "templates/assets/style.css~", "content/pages/.git/HEAD",
        ]
        for path in leftovers { try site.write(text + "\u{0}không phải UTF-8 \u{FFFF}", to: path) }
        // emacs' lock: a symbolic link to nowhere, while a file has unsaved changes.
        let lock = site.root.appendingPathComponent("content/procedures/.#2.000693.md")
        try FileManager.default.createSymbolicLink(atPath: lock.path, withDestinationPath: "bientapvien@may.4242:1700000000")

        var report = try site.build()
        #expect(report.mode == .unchanged)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")

        try edit(site, procedure) { $0 + "\nMột đoạn mới.\n" }
        report = try site.build()
        #expect(report.mode == .bodiesEdited([procedure]))
        let published = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public")).keys
        #expect(!published.contains { $0.contains(".swp") || $0.hasSuffix("~") || $0.contains("#") || $0.contains("DS_Store") })
        try FileManager.default.removeItem(at: lock)  // copying the site for the full build would follow it
        try expectSameAsFullBuild(site, report, "a body edit beside editors' leftovers")
    }

    @Test("editors' leftovers are told from content by their names")
    func editorLeftoverNames() {
        for path in [
            ".2.000693.md.swp", "2.000693.md~", "#2.000693.md#", ".#2.000693.md", "a/.git/HEAD", ".DS_Store", "x/.~lock.a.docx#", "a/b/.an",
            "a/#b#",
        ] {
            #expect(EditorLeftovers.contains(path), "\(path)")
        }
        for path in ["2.000693.md", "mau-don.pdf", "a/b/c.docx", "#", "so#1.pdf", "a~b.md", "bieu-mau/#1.pdf"] {
            #expect(!EditorLeftovers.contains(path), "\(path)")
        }
    }

    @Test("a damaged cache, a changed public/ and a changed spare are noticed and never trusted")
    func untrustedState() throws {
        let site = try sampleSite()
        defer { site.delete() }
        let procedure = "content/procedures/2.000693.md"

        // A cache cut short: ignored, with a full build.
        let cacheFile = site.root.appendingPathComponent(BuildCache.relativePath)
        let cache = try Data(contentsOf: cacheFile)
        try cache.prefix(cache.count / 2).write(to: cacheFile)
        var report = try site.build()
        #expect(report.mode == .full(reason: "the build cache is damaged and was ignored"))
        try expectSameAsFullBuild(site, report, "a damaged cache")

        // One byte changed inside the cache: the checksum no longer matches.
        var bytes = [UInt8](try Data(contentsOf: cacheFile))
        let index = bytes.firstIndex(of: UInt8(ascii: "\t"))! + 1
        bytes[index] = bytes[index] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try Data(bytes).write(to: cacheFile)
        report = try site.build()
        #expect(report.mode == .full(reason: "the build cache is damaged and was ignored"))

        // Someone edits a published page by hand: the next build puts it right.
        try site.write("defaced", to: "public/thu-tuc/2.000693/index.html")
        report = try site.build()
        #expect(report.mode == .full(reason: "public/ is not what the last build left"))
        try expectSameAsFullBuild(site, report, "a defaced public/")

        // A body edit replaces its page in place and leaves the spare for the next full
        // build, which writes only what differs from it. (The build above could not vouch
        // for the site it replaced: this one makes a spare.)
        try edit(site, "templates/partials/footer.mustache") { $0 + "<p>Chân trang</p>\n" }
        try site.build()
        try edit(site, procedure) { $0 + "\nĐoạn thêm.\n" }
        report = try site.build()
        // The page and its .gz and .br copies.
        #expect(report.mode == .bodiesEdited([procedure]) && report.filesWritten == 3)
        try edit(site, "templates/partials/footer.mustache") { $0 + "<p>Chân trang mới</p>\n" }
        report = try site.build()
        #expect(report.filesWritten > 0 && report.filesWritten < report.fileCount, "\(report.filesWritten) of \(report.fileCount)")
        try expectSameAsFullBuild(site, report, "a template edit after a body edit")

        // The spare is changed behind the build's back: not reused, and the result is right.
        let spare = site.root.appendingPathComponent(".public.spare")
        try "stale".write(to: spare.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
        try edit(site, "templates/partials/footer.mustache") { $0 + "<p>Một dòng nữa</p>\n" }
        report = try site.build()
        #expect(report.filesWritten == report.fileCount, "the changed spare should have been rewritten whole")
        try expectSameAsFullBuild(site, report, "a changed spare")
    }

    @Test("without the cache a build removes it and keeps no spare")
    func noCache() throws {
        let site = try sampleSite()
        defer { site.delete() }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(BuildCache.relativePath).path))
        try site.write("---\ntitle: Trang mới\n---\nNội dung mới.\n", to: "content/pages/trang-moi.md")
        let report = try SiteBuilder(configuration: BuildConfiguration(root: site.root, incremental: false)).build()
        #expect(report.mode == .full(reason: "told to ignore the build cache"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(BuildCache.relativePath).path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".public.spare").path))
        #expect(site.outputExists("trang-moi/index.html"))
    }

    @Test("the cache reads back what it wrote, and refuses a file with another header or checksum")
    func cacheRoundTrip() {
        let status = FileStatus(size: 12, modified: 1_700_000_000_123_456_789, inode: 42)
        let cache = BuildCache(
            key: "program x; output /tmp/a\tb", inputs: ["content/a\tb.md": status, "content/x%y.md": status],
            published: OutputManifest(records: ["index.html": .init(hash: 0xDEAD_BEEF, status: status)]), spare: nil,
            pageCount: 3, procedureCount: 1, completeProcedureCount: 1, dataDate: CalendarDate("2025-04-08"),
            warnings: [
                Diagnostic(
                    .reportedEarlier(LocalizedMessage(.missingSection, ["title": .text("Yêu cầu, điều kiện")])),
                    at: SourceLocation(path: "content/a.md", line: 4, column: 2))
            ],
            fieldSpellings: ["Thi đua khen thưởng": "Thi đua – Khen thưởng", "50%\tthu": "50% thu"],
            procedures: ["content/procedures/1.000001.md": .init(frontMatterHash: 7, complete: true, related: ["1.000002", "1.000003"])])
        let text = cache.serialized()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(BuildCache.relativePath)
        cache.save(to: file, fileSystem: LocalFileSystem())
        #expect(BuildCache.load(from: file, fileSystem: LocalFileSystem()) == cache)
        let other = text.replacingOccurrences(of: "build-site cache 2", with: "build-site cache 0")
        try? other.write(to: file, atomically: true, encoding: .utf8)
        #expect(BuildCache.load(from: file, fileSystem: LocalFileSystem()) == nil)
    }

    @Test("the content hash is xxHash64")
    func contentHash() {
        #expect(ContentHash.of("") == 0xEF46_DB37_51D8_E999)
        #expect(ContentHash.of("a") == 0xD24E_C4F1_A98C_6E5B)
        #expect(ContentHash.of("abc") == 0x44BC_2CF5_AD77_0999)
        #expect(ContentHash.of("Nobody inspects the spammish repetition") == 0xFBCE_A83C_8A37_8BF1)
        let bytes = (0..<768).map { UInt8($0 % 256) }
        #expect(ContentHash.of(bytes) == 0x8E03_C838_C596_036F)
        #expect(
            ContentHash.of(String(repeating: "Thủ tục hành chính ", count: 10))
                != ContentHash.of(String(repeating: "Thủ tục hành chính ", count: 11)))
    }

    @Test("bytes added a piece at a time hash as the whole", arguments: [1, 3, 31, 32, 33, 100, 767])
    func contentHashInPieces(pieceSize: Int) {
        let bytes = (0..<768).map { UInt8($0 % 256) }
        var hash = ContentHash()
        for start in stride(from: 0, to: bytes.count, by: pieceSize) {
            hash.add(bytes[start..<min(start + pieceSize, bytes.count)])
        }
        #expect(hash.value == 0x8E03_C838_C596_036F)
        var short = ContentHash()
        short.add(Array("a".utf8))
        short.add(Array("bc".utf8))
        #expect(short.value == 0x44BC_2CF5_AD77_0999)
    }

    @Test("builds into two output folders keep a cache each")
    func cachePerOutput() throws {
        let site = try sampleSite()
        defer { site.delete() }
        let preview = site.root.appendingPathComponent("preview")
        let previewBuild = SiteBuilder(configuration: BuildConfiguration(root: site.root, output: preview))
        #expect(try previewBuild.build().mode == .full(reason: "no build cache yet"))
        #expect(try site.build().mode == .unchanged)
        #expect(try previewBuild.build().mode == .unchanged)
    }
}
