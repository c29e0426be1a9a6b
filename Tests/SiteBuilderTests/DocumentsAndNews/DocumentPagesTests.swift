import Foundation
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The sample site's documents and news pages, checked against the content they come from,
/// read here without the builder's own decoding.
@Suite("legal documents and news: pages")
struct DocumentPagesTests {
    /// `key: value` of the first line with this key in a front matter, quotes removed.
    static func value(_ key: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(key + ":") }.map {
            $0.dropFirst(key.count + 1).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        }
    }

    static func markdownFiles(_ folder: URL) throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted().map {
            (String($0.dropLast(3)), try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    @Test("each document page lists exactly the procedures whose legal basis names it, and each procedure links exactly those")
    func citingSetsMatchTheContent() throws {
        let root = SiteFixture.packageRoot
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("documents-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("public")
        try SiteBuilder(configuration: BuildConfiguration(root: root, output: output)).build()
        func page(_ address: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(address).appendingPathComponent("index.html"), encoding: .utf8)
        }

        let content = root.appendingPathComponent("content")
        var slugOfNumber: [String: String] = [:]
        for (name, text) in try Self.markdownFiles(content.appendingPathComponent("documents")) {
            slugOfNumber[try #require(Self.value("number", in: text))] = name
        }
        #expect(slugOfNumber.count >= 5)
        var expected: [String: Set<String>] = [:]
        var linkedFrom: [String: Set<String>] = [:]
        for (code, text) in try Self.markdownFiles(content.appendingPathComponent("procedures")) {
            let cited = Self.matches("\\n  - number: \"?([^\"\\n]+)\"?\\n", in: text)
            let documents = Set(cited.compactMap { slugOfNumber[$0] })
            for slug in documents { expected[slug, default: []].insert(code) }
            // The procedure's page links the cited documents, and no other.
            let basis =
                try page("thu-tuc/\(code)").components(separatedBy: "id=\"can-cu-phap-ly\"").dropFirst().first?
                .components(separatedBy: "</section>").first ?? ""
            linkedFrom[code] = Set(Self.matches("href=\"/van-ban/([^/\"]+)/\"", in: basis))
            #expect(linkedFrom[code] == documents, "\(code)")
        }
        for slug in slugOfNumber.values {
            let section = try page("van-ban/\(slug)").components(separatedBy: "id=\"thu-tuc-can-cu\"")[1].components(
                separatedBy: "</section>")[0]
            #expect(Set(Self.matches("href=\"/thu-tuc/([0-9.A-Z]+)/\"", in: section)) == expected[slug, default: []], "\(slug)")
        }
        #expect(expected.values.contains { $0.count >= 10 })
    }

    @Test("the news feed is well-formed Atom whose ids are the items' addresses; images state their size and wait below the fold")
    func feedAndImages() throws {
        let site = try SiteFixture(
            Fixtures.smallSite
                + NewsImageTests.news("tin-mot", "image: tin/a.png\nimage_alt: Ảnh một\ntags: [VssID]\nprocedures: [2.000693]")
                + NewsImageTests.news("tin-hai", "image: tin/a.png\nimage_alt: Ảnh hai\ntags: [VssID]").replacingOccurrences(
                    of: "2026-03-01", with: "2026-02-01")
                + NewsImageTests.news("tin-ba", "image: tin/a.png\nimage_alt: Ảnh <ba> & \"bốn\"").replacingOccurrences(
                    of: "2026-03-01", with: "2026-01-01"))
        defer { site.delete() }
        try site.write(NewsImageTests.png(width: 640, height: 360), to: "content/files/tin/a.png")
        try site.build()

        let feed = try site.output("tin-tuc/feed.xml")
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(
            Self.matches("<id>([^<]+)</id>", in: feed) == [
                "https://thutuc.example.gov.vn/tin-tuc/feed.xml", "https://thutuc.example.gov.vn/tin-tuc/tin-mot/",
                "https://thutuc.example.gov.vn/tin-tuc/tin-hai/", "https://thutuc.example.gov.vn/tin-tuc/tin-ba/",
            ])
        let list = try site.output("tin-tuc/index.html")
        #expect(
            Self.matches("(<img [^>]+>)", in: list) == [
                "<img src=\"/files/tin/a.png\" alt=\"Ảnh một\" width=\"640\" height=\"360\">",
                "<img src=\"/files/tin/a.png\" alt=\"Ảnh hai\" width=\"640\" height=\"360\">",
                "<img src=\"/files/tin/a.png\" alt=\"Ảnh &lt;ba&gt; &amp; &quot;bốn&quot;\" width=\"640\" height=\"360\" loading=\"lazy\">",
            ])
        #expect(
            Self.matches("<h3><a href=\"(/tin-tuc/[^\"]+/)\"", in: try site.output("index.html")) == [
                "/tin-tuc/tin-mot/", "/tin-tuc/tin-hai/", "/tin-tuc/tin-ba/",
            ])
        #expect(
            Self.matches("<h2><a href=\"(/tin-tuc/[^\"]+/)\"", in: try site.output("tin-tuc/chu-de/vssid/index.html")) == [
                "/tin-tuc/tin-mot/", "/tin-tuc/tin-hai/",
            ])
        #expect(try site.output("thu-tuc/2.000693/index.html").contains("<a href=\"/tin-tuc/tin-mot/\">Tin tin-mot</a>"))
        #expect(!(try site.output("thu-tuc/2.000740/index.html")).contains("/tin-tuc/tin-"))
    }
}
