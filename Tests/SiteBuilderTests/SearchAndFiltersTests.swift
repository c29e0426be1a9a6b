import Foundation
import Testing

@testable import SiteBuilder

@Suite("search index and catalogue filters")
struct SearchAndFiltersTests {
    @Test("the search index lists procedures in force with folded text, and never abolished ones")
    func searchIndex() throws {
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(of: "related: [2.000740]", with: "related: [2.000740]\nkeywords: [Sinh con, Đẻ]"))
        defer { site.delete() }
        try site.build()
        let index = try #require(try JSONSerialization.jsonObject(with: Data(site.output("tim-kiem/chi-muc.json").utf8)) as? [String: Any])
        #expect(index["fields"] as? [String] == ["Thực hiện chính sách BHXH"])
        let procedures = try #require(index["procedures"] as? [[String: Any]])
        #expect(procedures.map { $0["code"] as? String } == ["1.001667", "2.000693"])
        let maternity = try #require(procedures.last)
        #expect(maternity["title"] as? String == "Giải quyết hưởng chế độ thai sản")
        #expect(maternity["online"] as? String == "full")
        #expect(maternity["field"] as? Int == 0)
        #expect(
            maternity["text"] as? String
                == "2.000693 giai quyet huong che do thai san thuc hien chinh sach bhxh bao hiem xa hoi cap huyen nguoi lao dong sinh con de"
        )
        // Keywords again on their own, so the script can weigh them with the title.
        #expect(maternity["keywords"] as? String == "sinh con de")
        #expect(procedures.first?["keywords"] == nil)
    }

    @Test("the sample site's index finds legal documents by number and title, and news by title and summary, each with its page")
    func documentsAndNewsInTheIndex() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try SiteBuilder(configuration: BuildConfiguration(root: SiteFixture.packageRoot, output: scratch)).build()
        let data = try Data(contentsOf: scratch.appendingPathComponent("tim-kiem/chi-muc.json"))
        let index = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let documents = try #require(index["documents"] as? [[String: String]])
        #expect(
            documents.contains([
                "title": "Luật số 41/2024/QH15", "detail": "Luật Bảo hiểm xã hội",
                "text": "41 2024 qh15 luat bao hiem xa hoi", "url": "/van-ban/luat-41-2024-qh15/",
            ]))
        let news = try #require(index["news"] as? [[String: String]])
        let vssid = try #require(news.first { $0["url"] == "/tin-tuc/vssid-ho-tro-nop-ho-so-thai-san/" })
        #expect(vssid["title"] == "Nộp hồ sơ hưởng chế độ thai sản trên ứng dụng VssID")
        #expect(vssid["detail"] == "02/03/2026")
        // The title's words, then the summary's.
        #expect(vssid["text"]?.hasPrefix("nop ho so huong che do thai san tren ung dung vssid nguoi lao dong") == true)
    }

    @Test("the search index, written entry by entry, is what JSONEncoder writes for the whole index")
    func searchIndexJSON() throws {
        struct Entry: Encodable {
            let code: String
            let title: String
            let field: Int
            let keywords: String?
            let online: String
            let text: String
        }
        struct Synonyms: Encodable {
            let oneWay: [[String]]
            let same: [[String]]
        }
        struct Document: Encodable {
            let fields: [String]
            let procedures: [Entry]
            let synonyms: Synonyms
        }
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(
                of: "title: Giải quyết hưởng chế độ thai sản", with: #"title: 'Giải quyết "thai sản" \ 1/2 – ổn'"#
            )
            .replacingOccurrences(of: "related: [2.000740]", with: "related: [2.000740]\nkeywords: [Sinh con]"))
        defer { site.delete() }
        let (sources, _) = ContentLoader(root: site.root, fileSystem: LocalFileSystem()).load()
        let content = try #require(ContentDecoder().decode(sources).0)
        let assembled = SiteAssembler().assemble(content, bodies: [:], fields: FieldSpellings(content.procedures))
        let inForce = assembled.proceduresInForce
        let fields = Array(Set(inForce.map(\.procedure.field))).sorted(by: VietnameseText.precedes)
        let document = Document(
            fields: fields,
            procedures: inForce.map {
                Entry(
                    code: $0.procedure.code, title: $0.procedure.title, field: fields.firstIndex(of: $0.procedure.field)!,
                    keywords: $0.procedure.keywords.isEmpty ? nil : SearchText.words(in: $0.procedure.keywords),
                    online: $0.procedure.online.rawValue, text: $0.searchText)
            },
            synonyms: Synonyms(
                oneWay: assembled.searchSynonyms.filter { $0.kind == .oneWay }.map(\.phrases),
                same: assembled.searchSynonyms.filter { $0.kind == .same }.map(\.phrases)))
        #expect(document.synonyms.same.contains(["BHXH", "bảo hiểm xã hội"]))
        #expect(document.procedures.contains { $0.title.contains("\"") })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(SearchIndex.json(for: assembled) == (try encoder.encode(document)) + Data("\n".utf8))

        // Handed on in small pieces, the index is the same bytes, cut after whole entries.
        var pieces: [Data] = []
        SearchIndex.write(for: assembled, pieceSize: 64) { pieces.append($0) }
        #expect(pieces.count > 2)
        #expect(pieces.dropLast().allSatisfy { $0.last == UInt8(ascii: "}") })
        #expect(pieces.reduce(Data(), +) == SearchIndex.json(for: assembled))
    }

    @Test("catalogue rows carry what the filters read, and the filter choices are given")
    func catalogueRows() throws {
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(
                of: "subjects: [Người lao động]\nonline: full", with: "subjects: [Người lao động, Doanh nghiệp]\nonline: full"))
        defer { site.delete() }
        try site.build()
        let catalogue = try site.output("thu-tuc/index.html")
        #expect(
            catalogue.contains(
                "<tr data-code=\"2.000693\" data-title=\"giai quyet huong che do thai san\" data-field=\"linh-vuc-thuc-hien-chinh-sach-bhxh\" data-levels=\"province district\" data-online=\"full\" data-audiences=\"citizen organization\""
            ))
        #expect(
            catalogue.contains(
                "<tr data-code=\"1.001667\" data-title=\"giai quyet huong che do om dau\" data-field=\"linh-vuc-thuc-hien-chinh-sach-bhxh\" data-levels=\"district\" data-online=\"partial\" data-audiences=\"citizen\""
            ))
        #expect(
            catalogue.contains(
                "<section id=\"linh-vuc-thuc-hien-chinh-sach-bhxh\" class=\"field-group\" data-field=\"linh-vuc-thuc-hien-chinh-sach-bhxh\""
            ))
        #expect(Audience.of(["Hộ kinh doanh", "Người sử dụng lao động"]) == [.citizen, .organization])
        #expect(Audience.of(["Cơ quan, đơn vị"]) == [.organization])
    }

    @Test(
        "every page carries the strict security policy and the header search form, which leads to the search page, itself leading to the catalogue without JavaScript"
    )
    func policyAndSearchForm() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        for path in try LocalFileSystem().files(under: site.root.appendingPathComponent("public")) where path.hasSuffix(".html") {
            let page = try site.output(path)
            #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">"), "\(path)")
            #expect(
                page.contains(
                    "<form class=\"site-search\" role=\"search\" aria-label=\"Tìm nhanh thủ tục\" action=\"/tim-kiem/\" method=\"get\">"),
                "\(path)")
            #expect(!page.contains(" style=\"") && !page.contains("<style") && !page.contains(" onclick="), "\(path)")
            #expect(!page.contains("<script>"), "\(path): inline script")
        }
        #expect(!(try site.output("thu-tuc/2.000693/index.html")).contains("<script"), "a procedure page needs no JavaScript")
        let search = try site.output("tim-kiem/index.html")
        #expect(search.contains("<noscript><p class=\"note\">Tìm kiếm tức thì cần JavaScript; <a href=\"/thu-tuc/\">"))
        #expect(
            search.contains("action=\"/thu-tuc/\" method=\"get\" data-index="), "without JavaScript the search form leads to the catalogue")
    }

    @Test("a body's first-level heading becomes a section, so the page keeps one h1")
    func oneH1() throws {
        let site = try SiteFixture(
            Fixtures.siteSettings + "\n-- content/pages/a.md --\n---\ntitle: A\n---\n# Tiêu đề trong nội dung\n\nChữ.\n")
        defer { site.delete() }
        try site.build()
        let page = try site.output("a/index.html")
        #expect(page.components(separatedBy: "<h1").count == 2)
        #expect(page.contains("<h2 id=\"tieu-de-trong-noi-dung\">Tiêu đề trong nội dung</h2>"))
    }

    @Test("the build reports the heaviest pages")
    func heaviestPages() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let report = try site.build()
        #expect(report.heaviestPages.count == 3)
        let sizes = report.heaviestPages.map(\.bytes)
        #expect(sizes == sizes.sorted(by: >))
        let first = try #require(report.heaviestPages.first)
        #expect(first.bytes == (try site.output(SiteAddress.outputPath(for: first.address))).utf8.count)
    }
}
