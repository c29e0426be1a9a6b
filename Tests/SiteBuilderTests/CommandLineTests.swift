import Foundation
import Testing

/// Runs the real `build-site` executable, as editors do.
@Suite("the build-site command")
struct CommandLineTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try BuildSiteExecutable.run(arguments)
    }

    @Test("building is the default action and --root selects the site folder")
    func buildsWithRoot() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let result = try run(["--root", site.root.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("built 17 pages into "))
        #expect(result.output.contains("; 3 of 3 procedures complete; 0 errors, 0 warnings"))
        #expect(site.outputExists("thu-tuc/2.000693/index.html"))
    }

    @Test("a content error exits with status 1, names file and line, and publishes nothing")
    func failsOnError() throws {
        let site = try SiteFixture(Fixtures.smallSite.replacingOccurrences(of: "status: answered", with: "status: done"))
        defer { site.delete() }
        let result = try run(["--root", site.root.path])
        #expect(result.status == 1)
        #expect(
            result.errors.contains(
                "content/feedback/PAKN-2025-0001.md:6:1: error: 'status' must be one of 'received', 'processing', 'forwarded', 'answered', 'rejected', found 'done'"
            ))
        #expect(result.errors.contains("1 error, 0 warnings; nothing was published, public/ is unchanged"))
        #expect(!site.outputExists("index.html"))
    }

    @Test("check runs every check, writes nothing, and exits 0 when clean and 1 on content errors")
    func check() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let clean = try run(["check", "--root", site.root.path])
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.output.contains("checked 17 pages; 3 of 3 procedures complete; 0 errors, 0 warnings"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))

        try site.write("---\ntitle: [\n---\n", to: "content/pages/hong.md")
        let broken = try run(["check", "--root", site.root.path])
        #expect(broken.status == 1)
        #expect(broken.errors.contains("content/pages/hong.md:3:1: error: the front matter cannot be read from here"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test("a usage error exits with status 2, for build and for check")
    func usageErrors() throws {
        #expect(try run(["--no-such-option"]).status == 2)
        #expect(try run(["check", "--format", "yaml"]).status == 2)
        #expect(try run(["--help"]).status == 0)
    }

    @Test("--format json prints one document with every diagnostic and the counts")
    func json() throws {
        let site = try SiteFixture(Fixtures.smallSite.replacingOccurrences(of: "Đã trả lời.", with: "Đã trả lời <b>xong</b>."))
        defer { site.delete() }
        let result = try run(["check", "--root", site.root.path, "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["ok"] as? Bool == true)
        #expect(document["warnings"] as? Int == 1)
        #expect(document["errors"] as? Int == 0)
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["path"] as? String == "content/feedback/PAKN-2025-0001.md")
        #expect(entries.first?["line"] as? Int == 17)
        #expect(entries.first?["severity"] as? String == "warning")
        #expect(!result.output.contains("\u{1B}["), "no colour codes when the output is not a terminal")
    }

    @Test("messages are Vietnamese by default; --lang en and BUILD_SITE_LANG=en give English; JSON carries the id and both texts")
    func languages() throws {
        let site = try SiteFixture(Fixtures.smallSite.replacingOccurrences(of: "status: answered", with: "status: done"))
        defer { site.delete() }
        let vietnamese = try BuildSiteExecutable.run(["check", "--root", site.root.path], language: nil)
        #expect(vietnamese.status == 1)
        #expect(
            vietnamese.errors.contains(
                "content/feedback/PAKN-2025-0001.md:6:1: lỗi: 'status' phải là một trong các giá trị 'received', 'processing', 'forwarded', 'answered', 'rejected', đang ghi 'done'"
            ),
            "\(vietnamese.errors)")
        #expect(vietnamese.errors.hasSuffix("1 lỗi, 0 cảnh báo\n"))

        let flag = try BuildSiteExecutable.run(["check", "--root", site.root.path, "--lang", "en"], language: nil)
        #expect(flag.errors.contains("6:1: error: 'status' must be one of"))
        let environment = try BuildSiteExecutable.run(["check", "--root", site.root.path], language: "en")
        #expect(environment.errors == flag.errors)
        let both = try BuildSiteExecutable.run(["check", "--root", site.root.path, "--lang", "vi"], language: "en")
        #expect(both.errors == vietnamese.errors, "--lang wins over BUILD_SITE_LANG")

        let json = try BuildSiteExecutable.run(["check", "--root", site.root.path, "--format", "json"], language: nil)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let entry = try #require((document["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["id"] as? String == "not-allowed")
        #expect(entry["severity"] as? String == "error")
        let texts = try #require(entry["text"] as? [String: String])
        #expect(texts["en"]?.hasPrefix("'status' must be one of") == true)
        #expect(texts["vi"]?.hasPrefix("'status' phải là một trong") == true)
        #expect(entry["message"] as? String == texts["vi"])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["id"] as? String == "summary-failed")
        #expect((summary["text"] as? [String: String])?["vi"] == "1 lỗi, 0 cảnh báo")
    }

    @Test("--warnings-as-errors refuses to publish while a warning remains")
    func warningsAsErrors() throws {
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(of: "## Yêu cầu, điều kiện\n\n- Đóng", with: "## Ghi chú\n\n- Đóng"))
        defer { site.delete() }
        let strict = try run(["--root", site.root.path, "--warnings-as-errors"])
        #expect(strict.status == 1)
        #expect(
            strict.errors.contains(
                "content/procedures/2.000693.md:22:1: warning: the procedure has no '## Yêu cầu, điều kiện' section, which Decree 63/2010 Art. 8 requires; add it to the body"
            ))
        #expect(!site.outputExists("index.html"))
        let lenient = try run(["--root", site.root.path])
        #expect(lenient.status == 0)
        #expect(lenient.output.contains("2 of 3 procedures complete; 0 errors, 1 warning"))
    }

    @Test("--quiet prints only problems, --verbose adds the stages, and output to a pipe has no control characters")
    func verbosity() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let normal = try run(["--root", site.root.path])
        #expect(normal.status == 0)
        #expect(normal.output.contains("pages: 17 changed, 0 unchanged"))
        #expect(!normal.output.contains("time per stage"))
        let verbose = try run(["--root", site.root.path, "--verbose"])
        #expect(verbose.output.contains("pages: 0 changed, 17 unchanged; 0 files written"))
        #expect(verbose.output.contains("nothing changed since the last build"))
        #expect(verbose.output.contains("time per stage: scan"))
        let quiet = try run(["--root", site.root.path, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty && quiet.errors.isEmpty, "\(quiet)")
        for text in [normal.output, normal.errors, verbose.output, verbose.errors] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character in \(text.debugDescription)")
        }
        #expect(try run(["--root", site.root.path, "--quiet", "--verbose"]).status == 2)
    }

    @Test("on a terminal a progress line shows the stages, and is erased before the summary")
    func progressOnTerminal() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        // `script` runs the command on a pseudo-terminal, as an editor's terminal is.
        let command = "\(BuildSiteExecutable.url.path) --root \(site.root.path) --no-cache --lang en"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("build-site: scan ✓"), "\(text.debugDescription)")
        #expect(text.contains("\r\u{1B}[Kbuilt 17 pages into "), "the progress line is erased before the summary")

        // In Vietnamese, the default, the stages are named in Vietnamese.
        let vietnamese = Process()
        vietnamese.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        vietnamese.arguments = ["-qec", command.replacingOccurrences(of: " --lang en", with: ""), "/dev/null"]
        vietnamese.environment = BuildSiteExecutable.environment(language: nil)
        let said = Pipe()
        vietnamese.standardOutput = said
        try vietnamese.run()
        let vietnameseText = String(decoding: said.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        vietnamese.waitUntilExit()
        #expect(vietnameseText.contains("build-site: quét ✓"), "\(vietnameseText.debugDescription)")
        #expect(vietnameseText.contains("\r\u{1B}[Kđã xây dựng 17 trang vào "))
    }
}
