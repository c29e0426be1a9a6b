import Foundation
import Testing

/// Every command stops with one message outside a site folder; `new` shows a next command
/// that works from where the editor stands; `list` shows the values already in use.
@Suite("site folder, new and list commands")
struct SiteFolderCommandTests {
    private func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String, errors: String) {
        try BuildSiteExecutable.run(arguments, in: directory)
    }

    /// `serve` run where it should stop at once; stopped after 20 seconds if it does not, as
    /// a failure rather than a test that never ends.
    private func runServe(in directory: URL) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = BuildSiteExecutable.url
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = directory
        process.environment = BuildSiteExecutable.environment()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let errors = try FileHandle(forWritingTo: output)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("serve kept running outside a site folder")
        }
        return (process.terminationStatus, "", try String(contentsOf: output, encoding: .utf8))
    }

    private static let commands = [
        [], ["build"], ["check"], ["check", "--format", "json"], ["new", "page", "lien-he"], ["list", "fields"], ["serve", "--port", "0"],
    ]

    @Test("run inside content/, every command says in one message that this is no site folder and where the site is; nothing is written")
    func insideContent() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let content = site.root.appendingPathComponent("content")
        let message =
            "error: '\(content.path)' is not a site folder (it has no 'content/site.yml'); the site seems to be '..': run the command there, or add --root ..\n"
        for command in Self.commands {
            let result = command.first == "serve" ? try runServe(in: content) : try run(command, in: content)
            #expect(result.status == 2, "\(command)")
            if command.contains("json") {
                #expect(result.output.contains("is not a site folder"), "\(result.output)")
                #expect(result.errors == "")
            } else {
                #expect(result.errors == message, "\(command)")
                #expect(result.output == "", "\(command)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("content").path), "new wrote outside the site")
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("public").path))
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent(".cache").path))

        let deeper = try run(["check"], in: content.appendingPathComponent("procedures"))
        #expect(deeper.errors.contains("the site seems to be '../..': run the command there, or add --root ../.."), "\(deeper.errors)")
        let named = try run(["check", "--root", "content"], in: site.root)
        #expect(named.errors.contains("the site seems to be '.': run the command there"), "\(named.errors)")
    }

    @Test("a folder with no site above says how to name one or make one")
    func noSiteAnywhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["new", "page", "lien-he", "--root", folder.path])
        #expect(result.status == 2)
        #expect(
            result.errors
                == "error: '\(folder.path)' is not a site folder (it has no 'content/site.yml'); run the command in the folder that holds content/ and templates/, or name it with --root <folder>; a new site starts with a 'content/site.yml' that has 'title', 'agency', 'base_url' and 'language: vi'\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test("after new, the command shown is one that works from where the editor stands, with the --root they gave")
    func nextCommand() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let program = BuildSiteExecutable.url.path
        let elsewhere = try run(["new", "page", "lien-he", "--root", site.root.path], in: URL(fileURLWithPath: "/"))
        #expect(elsewhere.status == 0)
        #expect(
            elsewhere.output
                == "created \(site.root.path)/content/pages/lien-he.md: fill in every empty value, then run: \(program) --root \(site.root.path)\n"
        )
        let inside = try run(["new", "page", "huong-dan"], in: site.root)
        #expect(inside.output == "created content/pages/huong-dan.md: fill in every empty value, then run: \(program)\n")
        // Built in .build/ of the package folder and run there: what `swift run` runs.
        let package = try run(["new", "page", "lien-he-2", "--root", site.root.path], in: SiteFixture.packageRoot)
        #expect(package.output.hasSuffix("then run: swift run build-site --root \(site.root.path)\n"), "\(package.output)")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/pages/lien-he-2.md").path))
    }

    @Test("new decision --issued names the file with the issued year and writes the date; a wrong date is refused")
    func issued() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let result = try run(["new", "decision", "99/QĐ-BTC", "--issued", "2025-12-30", "--root", site.root.path])
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/decisions/qd-99-2025-btc.md"), encoding: .utf8)
        #expect(text.contains("\nissued: 2025-12-30 "))
        let wrong = try run(["new", "decision", "98/QĐ-BTC", "--issued", "2025-02-30", "--root", site.root.path])
        #expect(wrong.status == 2)
        #expect(
            wrong.errors.contains(
                "'2025-02-30' is not a date for --issued: write the day the decision was signed as YYYY-MM-DD, like 2026-03-05"))
        #expect(try run(["new", "page", "x", "--issued", "2025-12-30", "--root", site.root.path]).status == 2)
    }

    @Test("list prints each value in use with its count, most used first then in Vietnamese order, one per line")
    func list() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        func list(_ kind: String) throws -> String {
            let result = try run(["list", kind, "--root", site.root.path])
            #expect(result.status == 0)
            #expect(result.errors == "")
            return result.output
        }
        #expect(try list("fields") == "field\tprocedures\nThực hiện chính sách BHXH\t2\nChi trả các chế độ BHXH\t1\n")
        #expect(try list("agencies") == "agency\tprocedures\nBảo hiểm xã hội cấp huyện\t3\nBảo hiểm xã hội cấp tỉnh\t1\n")
        #expect(try list("subjects") == "subject\tprocedures\nNgười lao động\t2\nNgười hưởng\t1\n")
        #expect(try list("decisions") == "number\tissued\tprocedures listed\n200/QĐ-BHXH\t2025-03-10\t2\n100/QĐ-BHXH\t2024-01-05\t3\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path), "list builds nothing")
    }

    @Test("list still lists what decodes when other files have errors, and says how many it left out")
    func listWithErrors() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let procedure = try String(contentsOf: site.root.appendingPathComponent("content/procedures/2.000740.md"), encoding: .utf8)
        try site.write(
            procedure.replacingOccurrences(of: "code: 2.000740", with: "code: 2.000741")
                .replacingOccurrences(of: "Chi trả các chế độ BHXH", with: "Cấp sổ BHXH"),
            to: "content/procedures/2.000741.md")
        try site.write("---\ntitle: [\n---\n", to: "content/procedures/2.000742.md")
        try site.write("title: [\n", to: "content/site.yml")
        let result = try run(["list", "fields", "--root", site.root.path], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.output == "field\tprocedures\nThực hiện chính sách BHXH\t2\nCấp sổ BHXH\t1\nChi trả các chế độ BHXH\t1\n")
        #expect(
            result.errors
                == "not counted, because of errors: 1 file; see why with: \(BuildSiteExecutable.url.path) check --root \(site.root.path)\n")
    }

    @Test("by default the wrong folder, list, new and its refusals speak Vietnamese")
    func vietnamese() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let content = site.root.appendingPathComponent("content")
        let wrong = try BuildSiteExecutable.run(["check"], in: content, language: nil)
        #expect(wrong.status == 2)
        #expect(
            wrong.errors
                == "lỗi: '\(content.path)' không phải là thư mục của một trang (không có 'content/site.yml'); trang có vẻ ở '..': hãy chạy lệnh tại đó, hoặc thêm --root ..\n"
        )
        // The advice works: the same command with the --root it names.
        #expect(try BuildSiteExecutable.run(["check", "--root", ".."], in: content).status == 0)
        let list = try BuildSiteExecutable.run(["list", "subjects", "--root", site.root.path], language: nil)
        #expect(list.output.hasPrefix("đối tượng\tsố thủ tục\n"))
        let program = BuildSiteExecutable.url.path
        let created = try BuildSiteExecutable.run(
            ["new", "decision", "99/QĐ-BTC", "--issued", "2025-12-30", "--root", site.root.path], in: URL(fileURLWithPath: "/"),
            language: nil)
        #expect(
            created.output
                == "đã tạo \(site.root.path)/content/decisions/qd-99-2025-btc.md: hãy điền mọi giá trị còn trống, rồi chạy: \(program) --root \(site.root.path)\n"
        )
        let refused = try BuildSiteExecutable.run(
            ["new", "decision", "99/QĐ-BTC", "--issued", "30/12/2025", "--root", site.root.path], language: nil)
        #expect(refused.status == 2)
        #expect(
            refused.errors
                == "lỗi: '30/12/2025' không phải là một ngày cho --issued: hãy viết ngày ký quyết định theo dạng năm-tháng-ngày, như 2026-03-05\n"
        )
    }
}
