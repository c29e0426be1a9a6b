import Foundation
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("open data")
struct OpenDataTests {
    @Test("CSV is RFC 4180 with a byte-order mark, CRLF lines and quotes only where needed")
    func csv() throws {
        struct Row: Encodable, CSVColumns {
            let a: String
            let b: [String]
            let c: String?
            static let csvColumns = ["a", "b", "c"]
        }
        let data = CSVTable.data(
            [Row(a: "x, \"y\"", b: ["một", "hai"], c: nil), Row(a: "dòng\r\nhai", b: [], c: "z")], columns: Row.csvColumns)
        #expect(String(decoding: data, as: UTF8.self) == "\u{FEFF}a,b,c\r\n\"x, \"\"y\"\"\",một | hai,\r\n\"dòng\r\nhai\",,z\r\n")
        #expect(CSVValue.record(["method": .text("online"), "time": .text("06 ngày"), "fee": .null]).cell == "method=online; time=06 ngày")
    }

    @Test("a dataset written a chunk at a time is the whole dataset's JSON and CSV, with each record's own file")
    func datasetInChunks() throws {
        struct Row: Encodable, CSVColumns, Sendable {
            let code: String
            let names: [String]
            static let csvColumns = ["code", "names"]
        }
        let count = DatasetWriter<Int, Row>.chunkSize * 2 + 7
        let rows = (0..<count).map { Row(code: "1.\($0)", names: $0 % 3 == 0 ? [] : ["Thủ tục \($0)", "\"x\", y"]) }
        let sink = CollectingSink()
        let dataset = try DatasetWriter(
            name: "procedures", schema: Data("{}".utf8), title: "Thủ tục", description: "", modified: CalendarDate("2025-03-10"),
            sources: Array(0..<count),
            record: { rows[$0] }, page: { "/thu-tuc/1.\($0)/" }
        ).write(to: sink)
        let json = try #require(sink.files["du-lieu-mo/procedures.json"])
        let csv = try #require(sink.files["du-lieu-mo/procedures.csv"])
        #expect(
            json == OpenDataEncoder.encode(DatasetDocument(dataset: "procedures", title: "Thủ tục", modified: "2025-03-10", records: rows)))
        #expect(csv == CSVTable.data(rows, columns: Row.csvColumns))
        #expect(Set(sink.streamed) == ["du-lieu-mo/procedures.json", "du-lieu-mo/procedures.csv"])
        #expect(sink.files["thu-tuc/1.1030/index.json"] == OpenDataEncoder.encode(rows[1030]))
        #expect(sink.files.keys.filter { $0.hasSuffix("index.json") }.count == count)
        #expect((dataset.count, dataset.jsonSize, dataset.csvSize) == (count, json.count, csv.count))
    }

    @Test("an Atom feed escapes text and dates entries from the content")
    func atom() {
        let feed = AtomFeed(
            title: "A & B", url: "https://x.vn/quyet-dinh/feed.xml", pageURL: "https://x.vn/quyet-dinh/", author: "BHXH",
            entries: [
                .init(title: "<QĐ>", url: "https://x.vn/quyet-dinh/qd-1/", updated: CalendarDate("2025-03-10")!, summary: "\"trích\"")
            ])
        #expect(feed.xml.contains("<title>A &amp; B</title>"))
        #expect(feed.xml.contains("<title>&lt;QĐ&gt;</title>"))
        #expect(feed.xml.contains("<summary>&quot;trích&quot;</summary>"))
        #expect(feed.xml.contains("<updated>2025-03-10T00:00:00Z</updated>"))
        #expect(
            AtomFeed(title: "t", url: "u", pageURL: "p", author: "a", entries: []).xml.contains("<updated>1970-01-01T00:00:00Z</updated>"))
    }

    @Test("an abolished procedure stays in the data, marked, with its history; a page's record equals its dataset record")
    func abolishedInData() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let dataset = try #require(
            try JSONSerialization.jsonObject(with: Data(site.output("du-lieu-mo/procedures.json").utf8)) as? [String: Any])
        #expect(dataset["count"] as? Int == 3)
        #expect(dataset["modified"] as? String == "2025-03-10")
        let records = try #require(dataset["records"] as? [[String: Any]])
        let abolished = try #require(records.first { $0["code"] as? String == "2.000740" })
        #expect(abolished["status"] as? String == "abolished")
        #expect(abolished["abolished_by"] as? String == "200/QĐ-BHXH")
        #expect((abolished["history"] as? [[String: Any]])?.map { $0["act"] as? String } == ["announced", "abolished"])
        let page = try #require(
            try JSONSerialization.jsonObject(with: Data(site.output("thu-tuc/2.000740/index.json").utf8)) as? [String: Any])
        #expect(NSDictionary(dictionary: page).isEqual(to: abolished))
        let online = try site.output("du-lieu-mo/online-services.json")
        #expect(!online.contains("2.000740"))
        #expect(
            try site.output("sitemap.xml").contains(
                "<url><loc>https://thutuc.example.gov.vn/thu-tuc/2.000740/</loc><lastmod>2025-03-10</lastmod></url>"))
        #expect(!(try site.output("sitemap.xml")).contains("404"))
    }

    @Test("past the protocol's limit, sitemap.xml is an index of numbered sitemaps that together list every page once")
    func sitemapIndex() {
        let pages =
            (1...7).map { Sitemap.Entry(address: "/p\($0)/", lastModified: CalendarDate("2025-01-0\($0)")) }
            + [Sitemap.Entry(address: SiteAddress.notFound, lastModified: nil)]
        var sitemap = Sitemap(baseURL: "https://x.gov.vn", pages: pages)
        #expect(sitemap.files.map(\.path) == ["sitemap.xml"])
        sitemap.limit = 3
        let files = sitemap.files
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        #expect(files[0].xml.contains("<sitemapindex"))
        #expect(files[0].xml.contains("<sitemap><loc>https://x.gov.vn/sitemap-3.xml</loc><lastmod>2025-01-07</lastmod></sitemap>"))
        let listed = files.dropFirst().flatMap { file in
            file.xml.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        }
        #expect(listed == (1...7).map { "https://x.gov.vn/p\($0)/" })
    }

    @Test("an address with an '&' stays well-formed XML in the sitemap, its index and the feeds")
    func ampersandInAddress() throws {
        let entries = [Sitemap.Entry(address: "/p/", lastModified: nil), Sitemap.Entry(address: "/q/", lastModified: nil)]
        var sitemap = Sitemap(baseURL: "https://x.gov.vn/?site=a&b", pages: entries)
        sitemap.limit = 1
        let updated = try #require(CalendarDate("2025-01-01"))
        let feed = AtomFeed(
            title: "A & B", url: "https://x.gov.vn/?site=a&b/feed.xml", pageURL: "https://x.gov.vn/?site=a&b/", author: "BHXH",
            entries: [AtomFeed.Entry(title: "Q", url: "https://x.gov.vn/?site=a&b/q/", updated: updated, summary: "s")])
        for xml in sitemap.files.map(\.xml) + [feed.xml] {
            let parser = XMLParser(data: Data(xml.utf8))
            let wellFormed = parser.parse()
            #expect(wellFormed, "not well-formed:\n\(xml)")
        }
        #expect(sitemap.files[1].xml.contains("<loc>https://x.gov.vn/?site=a&amp;b/p/</loc>"))
    }
}

/// Keeps every file handed to it, to look at what a writer wrote.
private final class CollectingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [String: Data] = [:]
    /// The files written a piece at a time, in order; each had more than one piece.
    private(set) var streamed: [String] = []

    func add(_ path: String, _ data: Data) {
        lock.withLock { files[path] = data }
    }

    func addStreamed(
        _ path: String, _ produce: (_ write: (Data) throws(BuildFailure) -> Void) throws(BuildFailure) -> Void
    ) throws(BuildFailure) {
        var pieces: [Data] = []
        try produce { pieces.append($0) }
        lock.withLock {
            files[path] = pieces.reduce(Data(), +)
            if pieces.count > 1 { streamed.append(path) }
        }
    }
}
