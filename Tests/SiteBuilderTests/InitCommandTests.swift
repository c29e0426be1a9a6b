import Foundation
import Testing

@testable import SiteBuilder

/// `build-site init` and `--version`: what an agency that downloaded the program does first.
@Suite("a new site folder and the program's version")
struct InitCommandTests {
    /// A fresh folder to run the program in.
    private func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("init makes a site with one example of each kind and the default theme, which builds clean")
    func newSiteBuilds() throws {
        let here = try workspace()
        defer { try? FileManager.default.removeItem(at: here) }
        let made = try BuildSiteExecutable.run(["init", "so-lieu"], in: here)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.hasPrefix("created a new site in so-lieu: change so-lieu/content/site.yml"))

        let site = here.appendingPathComponent("so-lieu")
        let content = try LargeCorpusTests.tree(site.appendingPathComponent("content"))
        let kinds = ["procedures", "decisions", "feedback", "pages", "documents", "news", "service-index", "reports"]
        for kind in kinds {
            #expect(content.keys.filter { $0.hasPrefix(kind + "/") }.count == 1, "one example in content/\(kind)/")
        }
        #expect(content["site.yml"] != nil && content["targets.yml"] != nil)
        let theme = try LargeCorpusTests.tree(SiteFixture.packageRoot.appendingPathComponent("templates"))
        let copied = try LargeCorpusTests.tree(site.appendingPathComponent("templates"))
        #expect(TreeComparison.differences(expected: theme, actual: copied) == [])

        let built = try BuildSiteExecutable.run(["--root", "so-lieu", "--no-sync"], in: here)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.output.contains("1 of 1 procedure complete; 0 errors, 0 warnings"), "\(built.output)")
        for page in ["thu-tuc/3.000499", "quyet-dinh/qd-2555-2025-byt", "phan-anh-kien-nghi/PAKN-2026-0005", "gioi-thieu"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/\(page)/index.html").path), "\(page)")
        }
    }

    @Test("init takes an empty folder that exists")
    func emptyFolder() throws {
        let here = try workspace()
        defer { try? FileManager.default.removeItem(at: here) }
        try FileManager.default.createDirectory(at: here.appendingPathComponent("trong"), withIntermediateDirectories: true)
        let made = try BuildSiteExecutable.run(["init", "trong"], in: here)
        #expect(made.status == 0, "\(made.errors)")
        #expect(FileManager.default.fileExists(atPath: here.appendingPathComponent("trong/content/site.yml").path))
    }

    @Test("init refuses a folder with files, and a file, and leaves them as they were")
    func refusesWhatExists() throws {
        let here = try workspace()
        defer { try? FileManager.default.removeItem(at: here) }
        let folder = here.appendingPathComponent("co-san")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("ghi chú".utf8).write(to: folder.appendingPathComponent("ghi-chu.txt"))
        try Data().write(to: here.appendingPathComponent("tep"))

        let full = try BuildSiteExecutable.run(["init", "co-san"], in: here)
        #expect(full.status == 2)
        #expect(full.errors.contains("co-san is not empty; a new site is made only in a folder that is missing or empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ghi-chu.txt"])

        let file = try BuildSiteExecutable.run(["init", "tep"], in: here, language: nil)
        #expect(file.status == 2)
        #expect(file.errors.contains("là một tệp, không phải thư mục"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: here.path).sorted() == ["co-san", "tep"])
    }

    @Test("--version names the release and the commit the program was built from")
    func version() throws {
        let shown = try BuildSiteExecutable.run(["--version"])
        #expect(shown.status == 0)
        let line = shown.output.trimmingCharacters(in: .newlines)
        #expect(line.wholeMatch(of: /build-site \d+\.\d+\.\d+ \(commit [0-9a-f]{40}(-modified)?\)/) != nil, "\(line)")
    }
}
