import Foundation
import Testing

@testable import SiteBuilder

/// `build-site new document|news` and the to-do list of `build-site check --suggest`.
@Suite("legal documents and news: new files and suggestions")
struct DocumentScaffoldAndSuggestionTests {
    @Test("new document and new news start files that build once their empty values are filled in")
    func scaffolds() throws {
        let document = try Scaffold.make(.document, "115/2015/NĐ-CP").get()
        #expect(document.path == "content/documents/115-2015-nd-cp.md")
        let news = try Scaffold.make(.news, "vssid-thai-san", today: Date(timeIntervalSince1970: 1_772_330_000)).get()
        #expect(news.path == "content/news/vssid-thai-san.md")
        #expect(news.text.contains("date: 2026-03-01"))
        let site = try SiteFixture(
            Fixtures.smallSite + "\n-- \(document.path) --\n"
                + document.text.replacingOccurrences(of: "type: \"\"", with: "type: decree")
                .replacingOccurrences(of: "title: \"\"", with: "title: \"Nghị định 115\"")
                .replacingOccurrences(of: "issuer: \"\"", with: "issuer: \"Chính phủ\"")
                .replacingOccurrences(of: "issued: \"\"", with: "issued: 2015-11-11")
                + "-- \(news.path) --\n"
                + news.text.replacingOccurrences(of: "title: \"\"", with: "title: \"Tin\"")
                .replacingOccurrences(of: "summary: \"\"", with: "summary: \"Tóm tắt\""))
        defer { site.delete() }
        #expect(site.diagnostics() == [])
        #expect(site.outputExists("van-ban/115-2015-nd-cp/index.html"))
        #expect(site.outputExists("tin-tuc/vssid-thai-san/index.html"))
        for (kind, name) in [
            (ScaffoldKind.document, "QH15"), (.document, "41 2024"), (.news, "Tin-mới"), (.news, "chu-de"), (.news, "trang-2"),
        ] {
            #expect(throws: Scaffold.Refusal.self, "\(kind) \(name)") { try Scaffold.make(kind, name).get() }
        }
    }

    @Test("check --suggest lists the numbers cited by three or more procedures that have no document, most cited first")
    func suggestions() throws {
        let suggestions = DocumentSuggestions.list(root: SiteFixture.packageRoot)
        let cited = try Self.citations(in: SiteFixture.packageRoot.appendingPathComponent("content"))
        let documented = Set(
            try DocumentPagesTests.markdownFiles(SiteFixture.packageRoot.appendingPathComponent("content/documents"))
                .compactMap { DocumentPagesTests.value("number", in: $0.text) })
        let expected = cited.filter { $0.value >= 3 && !documented.contains($0.key) }
        #expect(Dictionary(uniqueKeysWithValues: suggestions.map { ($0.number, $0.procedureCount) }) == expected)
        #expect(suggestions.map(\.procedureCount) == suggestions.map(\.procedureCount).sorted(by: >))
        #expect(!expected.isEmpty)

        let result = try BuildSiteExecutable.run(["check", "--suggest", "--root", SiteFixture.packageRoot.path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("document numbers that at least 3 procedures cite") })
        #expect(lines[(heading + 1)...].map { String($0.split(separator: "\t")[0].dropFirst(2)) } == suggestions.map(\.number))
    }

    /// How many procedure files cite each legal basis number, read from the files' text.
    static func citations(in content: URL) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for (_, text) in try DocumentPagesTests.markdownFiles(content.appendingPathComponent("procedures")) {
            for number in Set(DocumentPagesTests.matches("\\n  - number: \"?([^\"\\n]+)\"?\\n", in: text)) {
                counts[number, default: 0] += 1
            }
        }
        return counts
    }
}
