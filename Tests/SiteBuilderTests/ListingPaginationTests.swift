import Foundation
import SyntheticCorpus
import Testing

@testable import SiteBuilder

/// Long lists — the catalogue, the Decree 42 list, decisions, feedback results — are cut into
/// pages, so that a page weighs what a page of rows weighs, whatever the size of the corpus.
@Suite("long lists in pages")
struct ListingPaginationTests {
    static let pageLimit = 500 * 1024

    // MARK: What a page lists

    static func catalogueCodes(_ html: String) -> [String] { PageChain.all(#"<tr data-code="([^"]+)""#, in: html) }

    static func catalogueFieldIDs(_ html: String) -> [String] {
        PageChain.all(#"<tr data-code="[^"]+" data-title="[^"]*" data-field="([^"]+)""#, in: html)
    }

    static func onlineCodes(_ html: String) -> [String] { PageChain.all(#"<td class="code">([^<]+)</td>"#, in: html) }

    /// The list of the page's own items, not the links of its navigation.
    static func itemList(_ html: String) -> String {
        PageChain.section(of: html, from: "<ul class=\"item-list\">", to: "</ul>")
    }

    static func decisionSlugs(_ html: String) -> [String] {
        PageChain.all(#"<a href="/quyet-dinh/([^"/]+)/">"#, in: itemList(html))
    }

    static func decisionDates(_ html: String) -> [String] {
        PageChain.all(#"ngày <time datetime="([^"]+)">"#, in: itemList(html))
    }

    static func feedbackIDs(_ html: String) -> [String] {
        PageChain.all(#"<a href="/phan-anh-kien-nghi/([^"/]+)/">"#, in: itemList(html))
    }

    static func feedbackDates(_ html: String) -> [String] {
        PageChain.all(#"Tiếp nhận <time datetime="([^"]+)">"#, in: itemList(html))
    }

    /// The field pages the catalogue links, in its order.
    static func fieldAddresses(_ catalogue: String) -> [String] {
        var seen: Set<String> = []
        return PageChain.all(#"href="(/thu-tuc/linh-vuc/[^"]+/)""#, in: catalogue).filter { seen.insert($0).inserted }
    }

    /// Each value once, and the values that come more than once.
    static func repeated(_ values: [String]) -> [String] {
        Dictionary(grouping: values, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    /// Checks the four lists of a built site whose lists are cut at `pageSize` rows, given the
    /// codes in force and those online; returns every numbered page's address.
    static func checkLists(
        pageSize: Int, baseURL: String, inForce: [String], online: [String], decisions: Int, feedback: Int,
        read: (String) throws -> String?
    ) throws -> [String] {
        var addresses: [String] = []

        // The catalogue lists the fields; each field's pages list its procedures, each once.
        let catalogue = try #require(try read(SiteAddress.catalogue))
        #expect(catalogueCodes(catalogue).isEmpty, "a catalogue longer than a page lists fields, not rows")
        let fields = fieldAddresses(catalogue)
        #expect(!fields.isEmpty)
        var listed: [String] = []
        for field in fields {
            let chain = try PageChain(from: field, baseURL: baseURL, read: read)
            addresses += chain.addresses
            var fieldIDs: Set<String> = []
            for page in chain.pages {
                let codes = catalogueCodes(page.html)
                #expect(!codes.isEmpty && codes.count <= pageSize, "\(page.address) lists \(codes.count) procedures")
                if page.number < chain.pages.count { #expect(codes.count == pageSize, "\(page.address) is not full") }
                #expect(codes == codes.sorted(), "\(page.address) is not in code order")
                listed += codes
                fieldIDs.formUnion(catalogueFieldIDs(page.html))
            }
            #expect(fieldIDs.count == 1, "the pages of \(field) mix fields: \(fieldIDs.sorted())")
        }
        #expect(repeated(listed).isEmpty, "listed more than once: \(repeated(listed).prefix(5))")
        #expect(listed.sorted() == inForce.sorted(), "the field pages list \(listed.count) of \(inForce.count) procedures in force")

        // The Decree 42 list: every online procedure once, the counts on the first page.
        let onlineChain = try PageChain(from: SiteAddress.onlineServices, baseURL: baseURL, read: read)
        addresses += onlineChain.addresses
        var onlineListed: [String] = []
        for page in onlineChain.pages {
            let codes = onlineCodes(page.html)
            #expect(!codes.isEmpty && codes.count <= pageSize, "\(page.address) lists \(codes.count) procedures")
            onlineListed += codes
        }
        #expect(repeated(onlineListed).isEmpty, "listed more than once: \(repeated(onlineListed).prefix(5))")
        #expect(onlineListed.sorted() == online.sorted())
        let lead = onlineChain.pages[0].html
        let full = Int(PageChain.first(#": (\d+) thủ tục toàn trình và"#, in: lead) ?? "")
        let partial = Int(PageChain.first(#" và (\d+) thủ tục một phần"#, in: lead) ?? "")
        #expect((full ?? 0) + (partial ?? 0) == online.count, "the first page counts \(full ?? 0) + \(partial ?? 0)")

        // Decisions and feedback results, newest first across the pages.
        for (start, count, ids, dates) in [
            (SiteAddress.decisions, decisions, decisionSlugs, decisionDates),
            (SiteAddress.feedback, feedback, feedbackIDs, feedbackDates),
        ] {
            let chain = try PageChain(from: start, baseURL: baseURL, read: read)
            addresses += chain.addresses
            #expect(chain.pages.count == max(1, (count + pageSize - 1) / pageSize), "\(start) has \(chain.pages.count) pages")
            let all = chain.pages.flatMap { ids($0.html) }
            #expect(all.count == count && repeated(all).isEmpty, "\(start) lists \(all.count) of \(count), or some twice")
            let allDates = chain.pages.flatMap { dates($0.html) }
            #expect(allDates == allDates.sorted(by: >), "\(start) is not newest first across its pages")
            for page in chain.pages {
                #expect(ids(page.html).count <= pageSize, "\(page.address) lists \(ids(page.html).count) items")
            }
        }
        return addresses
    }

    // MARK: Tests

    @Test(
        "with 3,000 procedures, 450 decisions and 450 results, no HTML page exceeds 500 KB and every list shows each row once across pages that link up"
    )
    func largeSiteStaysLight() throws {
        let generator = CorpusGenerator(
            procedureCount: 3_000, decisionCount: 450, feedbackCount: 450, seed: 17, bodyStyle: .short)
        let root = try LargeCorpusTests.temporaryFolder("pages")
        defer { try? FileManager.default.removeItem(at: root) }
        try generator.write(to: root)
        try FileManager.default.copyItem(
            at: LargeCorpusTests.packageRoot.appendingPathComponent("templates"),
            to: root.appendingPathComponent("templates"))
        let report: BuildReport
        do throws(BuildFailure) {
            report = try SiteBuilder(configuration: BuildConfiguration(root: root)).build()
        } catch {
            Issue.record("the build failed:\n\(error.diagnostics.prefix(10).map(\.description).joined(separator: "\n"))")
            return
        }
        let output = root.appendingPathComponent("public")
        let files = try LocalFileSystem().files(under: output).filter { $0.hasSuffix(".html") }
        var heaviest = (path: "", bytes: 0)
        for path in files {
            let bytes =
                try FileManager.default.attributesOfItem(
                    atPath: output.appendingPathComponent(path).path)[.size] as? Int ?? 0
            #expect(bytes <= Self.pageLimit, "\(path) weighs \(bytes / 1024) KB")
            if bytes > heaviest.bytes { heaviest = (path, bytes) }
        }
        print("pages: \(files.count) HTML files, heaviest \(heaviest.path) \(heaviest.bytes / 1024) KB")
        #expect(report.heaviestPages.allSatisfy { $0.bytes <= Self.pageLimit })

        func read(_ address: String) -> String? {
            try? String(
                contentsOf: output.appendingPathComponent(SiteAddress.outputPath(for: address)), encoding: .utf8)
        }
        let home = try #require(read(SiteAddress.home))
        let baseURL = String(try #require(PageChain.first(#"<link rel="canonical" href="([^"]+)/">"#, in: home)))
        let abolished = Set(generator.abolishedCodes)
        let dataset = try JSONSerialization.jsonObject(
            with: Data(contentsOf: output.appendingPathComponent("du-lieu-mo/online-services.json")))
        let records = try #require((dataset as? [String: Any])?["records"] as? [[String: Any]])
        let addresses = try Self.checkLists(
            pageSize: Pagination.defaultPageSize, baseURL: baseURL,
            inForce: generator.procedureCodes.filter { !abolished.contains($0) },
            online: records.compactMap { $0["code"] as? String }, decisions: 450, feedback: 450, read: read)

        // Every numbered page is reached from its list, none is left over from nowhere, and
        // the sitemap has each with a date.
        let numbered = Set(files.filter { $0.contains("/trang-") }.map { "/" + $0.dropLast("index.html".count) })
        #expect(numbered == Set(addresses.filter { $0.contains("/trang-") }))
        #expect(numbered.count > 20, "the corpus makes numbered pages of every list")
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        for address in addresses {
            #expect(sitemap.contains("<loc>\(baseURL)\(address)</loc><lastmod>"), "\(address) is not in the sitemap")
        }
    }

    @Test(
        "cut at 4 rows, a small corpus's lists run over many pages; Decree 42 tables say when they continue and the contents point at where each starts"
    )
    func smallPageSize() throws {
        let generator = CorpusGenerator(procedureCount: 60, decisionCount: 8, feedbackCount: 9, seed: 5, bodyStyle: .short)
        let root = try LargeCorpusTests.temporaryFolder("small-pages")
        defer { try? FileManager.default.removeItem(at: root) }
        try generator.write(to: root)
        try FileManager.default.copyItem(
            at: LargeCorpusTests.packageRoot.appendingPathComponent("templates"),
            to: root.appendingPathComponent("templates"))
        let staged = try StagedPages(root: root, listingPageSize: 4)
        let addresses = staged.pages.map(\.address)
        #expect(Self.repeated(addresses).isEmpty, "addresses taken twice: \(Self.repeated(addresses))")

        let abolished = Set(generator.abolishedCodes)
        let site = staged.html
        let onlineCodes = staged.pages.filter { $0.address.hasPrefix(SiteAddress.onlineServices) }
            .flatMap { Self.onlineCodes(site[$0.address] ?? "") }
        let baseURL = try #require(PageChain.first(#"<link rel="canonical" href="([^"]+)/">"#, in: site["/"] ?? ""))
        let numbered = try Self.checkLists(
            pageSize: 4, baseURL: baseURL, inForce: generator.procedureCodes.filter { !abolished.contains($0) },
            online: onlineCodes, decisions: 8, feedback: 9, read: { site[$0] })
        #expect(
            Set(numbered)
                == Set(addresses.filter { $0.contains("/trang-") || $0.contains("/linh-vuc/") }).union(
                    [SiteAddress.onlineServices, SiteAddress.decisions, SiteAddress.feedback]))
        #expect(!onlineCodes.isEmpty)

        // A table that carries on from the page before says so, and only then.
        let online = try PageChain(from: SiteAddress.onlineServices, baseURL: baseURL, read: { site[$0] })
        #expect(online.pages.count > 5)
        var previousLast: String?
        var tables: Set<String> = []
        for page in online.pages {
            let ids = PageChain.all(#"<table class="procedure-table" id="([^"]+)">"#, in: page.html)
            let captions = PageChain.all(#"<caption>([^<]+)</caption>"#, in: page.html)
            #expect(ids.count == captions.count && !ids.isEmpty)
            for (index, caption) in captions.enumerated() {
                let continues = index == 0 && ids[0] == previousLast
                #expect(caption.contains("tiếp theo trang trước") == continues, "\(page.address): \(caption)")
            }
            previousLast = ids.last
            tables.formUnion(ids)
        }
        // The first page's contents link each table where it starts.
        let contents = PageChain.section(of: online.pages[0].html, from: "<nav class=\"online-contents\"", to: "</nav>")
        let links = PageChain.all(#"<a href="(/dich-vu-cong-truc-tuyen/[^"]*)">"#, in: contents)
        #expect(links.count == tables.count)
        for link in links {
            let parts = link.split(separator: "#").map(String.init)
            let target = try #require(site[parts[0]], "\(link) leads nowhere")
            let table = PageChain.section(of: target, from: "<table class=\"procedure-table\" id=\"\(parts[1])\">", to: "</caption>")
            #expect(!table.isEmpty && !table.contains("tiếp theo"), "\(link) is not where the table starts")
        }
        #expect(!(try #require(site[online.pages[1].address])).contains("online-contents"), "the contents are on page 1 only")
    }

    @Test("a site that fits on one page keeps the whole catalogue with its filters, has each field's page, and no numbered page")
    func shortSiteStaysOnOnePage() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let catalogue = try site.output("thu-tuc/index.html")
        #expect(catalogue.contains("<tr data-code=\"2.000693\""))
        #expect(catalogue.contains("<select id=\"loc-linh-vuc\" name=\"linh-vuc\">"))
        #expect(catalogue.contains("<a href=\"#linh-vuc-thuc-hien-chinh-sach-bhxh\">"))
        #expect(catalogue.contains("<a href=\"/thu-tuc/linh-vuc/thuc-hien-chinh-sach-bhxh/\">Thực hiện chính sách BHXH</a>"))
        let field = try site.output("thu-tuc/linh-vuc/thuc-hien-chinh-sach-bhxh/index.html")
        #expect(Self.catalogueCodes(field) == ["1.001667", "2.000693"])
        #expect(field.contains("<h1>Thủ tục hành chính lĩnh vực Thực hiện chính sách BHXH</h1>"))
        #expect(field.contains("<li><a href=\"/thu-tuc/\">Thủ tục hành chính</a></li>"), "breadcrumbs lead back to the catalogue")
        #expect(!field.contains("loc-linh-vuc"), "a field's page has no field filter")
        #expect(field.contains("<script src=\"/assets/catalogue.js?v="))
        let files = try LocalFileSystem().files(under: site.root.appendingPathComponent("public"))
        #expect(!files.contains { $0.contains("trang-") })
        for path in files where path.hasSuffix(".html") {
            #expect(!(try site.output(path)).contains("class=\"pagination\""), "\(path)")
        }
        #expect(
            try site.output("sitemap.xml").contains(
                "<url><loc>https://thutuc.example.gov.vn/thu-tuc/linh-vuc/thuc-hien-chinh-sach-bhxh/</loc><lastmod>2025-03-10</lastmod></url>"
            ))
    }

    @Test("page counts, row ranges, addresses and the page numbers the navigation shows")
    func paginationArithmetic() {
        #expect(Pagination(address: "/x/", itemCount: 0).pageCount == 1)
        #expect(Pagination(address: "/x/", itemCount: 0).range(ofPage: 1) == 0..<0)
        #expect(Pagination(address: "/x/", itemCount: 200).pageCount == 1)
        let list = Pagination(address: "/x/", itemCount: 401)
        #expect(list.pageCount == 3)
        #expect(list.range(ofPage: 2) == 200..<400)
        #expect(list.range(ofPage: 3) == 400..<401)
        #expect(list.address(ofPage: 1) == "/x/")
        #expect(list.address(ofPage: 3) == "/x/trang-3/")
        #expect(list.title("Danh sách", page: 1) == "Danh sách")
        #expect(list.title("Danh sách", page: 2) == "Danh sách (trang 2/3)")
        #expect(list.view(page: 1) is TemplateNode)
        #expect(Pagination(address: "/x/", itemCount: 5).view(page: 1) is NoValue)

        let ten = Pagination(address: "/x/", itemCount: 10, pageSize: 1)
        #expect(ten.shownPages(around: 1) == [1, 2, 3, nil, 10])
        #expect(ten.shownPages(around: 5) == [1, 2, 3, 4, 5, 6, 7, nil, 10])
        #expect(ten.shownPages(around: 10) == [1, nil, 8, 9, 10])
        #expect(Pagination(address: "/x/", itemCount: 3, pageSize: 1).shownPages(around: 2) == [1, 2, 3])
        let huge = Pagination(address: "/x/", itemCount: 1_000_000, pageSize: 1)
        #expect(huge.shownPages(around: 500_000).count == 9, "the navigation stays short however many pages")

        #expect(Pagination.isPageFolderName("trang-2"))
        #expect(Pagination.isPageFolderName("TRANG-12"))
        #expect(!Pagination.isPageFolderName("trang-"))
        #expect(!Pagination.isPageFolderName("trang-2a"))
        #expect(!Pagination.isPageFolderName("qd-trang-2"))
    }
}
