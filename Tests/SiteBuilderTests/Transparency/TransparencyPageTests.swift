import Foundation
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The service-quality page's charts are well-formed SVG that say their numbers in words;
/// the home page links to the page; rebuilds after editing the new files equal full builds.
@Suite("transparency pages", .serialized)
struct TransparencyPageTests {
    private func sampleSite() throws -> SiteFixture {
        let site = try SiteFixture("", withTheme: true)
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        return site
    }

    /// The `<svg>` elements of a page.
    private func charts(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<svg.*?</svg>", options: [.dotMatchesLineSeparators])
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range, in: html)!]) }
    }

    /// Reads one chart as XML: its attributes, its description and the numbers it draws.
    private final class ChartReader: NSObject, XMLParserDelegate {
        var rootAttributes: [String: String] = [:]
        var title = "", summary = "", drawn: [String] = []
        private var element = "", drawing = false, text = ""
        private(set) var failed = false

        /// Whether `svg` parses as XML, reading it into this reader.
        func read(_ svg: String) -> Bool {
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = self
            return parser.parse() && !failed
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]
        ) {
            if name == "svg" { rootAttributes = attributes }
            element = name
            drawing = name == "text" && ["chart__value", "chart__column-value"].contains(attributes["class"] ?? "")
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { title = text }
            if name == "desc" { summary = text }
            if name == "text" && drawing { drawn.append(text) }
            drawing = false
        }
    }

    @Test("every chart is well-formed SVG with role img, a title, and a description stating each plotted number")
    func chartsSayTheirNumbers() throws {
        let site = try sampleSite()
        defer { site.delete() }
        try site.build()
        let page = try site.output("chi-so-phuc-vu/index.html")
        let found = charts(page)
        // The check of well-formedness refuses a tag left open.
        #expect(!ChartReader().read("<svg><rect></svg>"))
        // The groups, the trend, six targets, five statistics.
        #expect(found.count == 14)
        for svg in found {
            let reader = ChartReader()
            #expect(reader.read(svg), "well-formed: \(svg.prefix(120))")
            #expect(reader.rootAttributes["role"] == "img")
            #expect(reader.rootAttributes["aria-labelledby"]?.split(separator: " ").count == 2)
            #expect(!reader.title.isEmpty && !reader.summary.isEmpty)
            for number in reader.drawn {
                #expect(reader.summary.contains(number), "'\(reader.title)': the description does not say \(number)")
            }
        }
        // The pages' Content Security Policy allows no inline style and no script of the page's own.
        #expect(!page.contains("style=") && !page.contains("<script"))
    }

    @Test("the home page shows the latest total and satisfaction, with a link to the page")
    func homeLink() throws {
        let site = try sampleSite()
        defer { site.delete() }
        try site.build()
        let home = try site.output("index.html")
        #expect(
            home.contains(
                "<a href=\"/chi-so-phuc-vu/\"><span class=\"figures__number\">94,7</span> điểm Chỉ số phục vụ người dân, doanh nghiệp (Quý II/2026); mức độ hài lòng 91,3 % (Quý III/2026)</a>"
            ))
    }

    @Test("without transparency files the page still shows the statistics, and there are no report pages")
    func withoutData() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let page = try site.output("chi-so-phuc-vu/index.html")
        #expect(page.contains("Thống kê tính từ nội dung trang") && !page.contains("chi-so-moi-nhat"))
        #expect(!site.outputExists("bao-cao/index.html"))
        #expect(!(try site.output("index.html")).contains("/chi-so-phuc-vu/\"><span"))
        #expect(try site.output("sitemap.xml").contains("/chi-so-phuc-vu/"))
    }

    @Test("a rebuild after editing each new kind of file publishes exactly what a full build does")
    func rebuilds() throws {
        let site = try sampleSite()
        defer { site.delete() }
        try site.build()
        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = site.root.appendingPathComponent(path)
            try site.write(change(try String(contentsOf: url, encoding: .utf8)), to: path)
        }
        let edits: [(String, () throws -> Void)] = [
            (
                "an assessment",
                {
                    try edit("content/service-index/2025.yml") {
                        $0.replacingOccurrences(of: "online: 19.8", with: "online: 19.7").replacingOccurrences(
                            of: "total: 93", with: "total: 92.9")
                    }
                }
            ),
            ("the targets", { try edit("content/targets.yml") { $0.replacingOccurrences(of: "value: 39.4", with: "value: 40.2") } }),
            (
                "a report",
                { try edit("content/reports/2026-Q1.yml") { $0.replacingOccurrences(of: "pending: 12300", with: "pending: 12000") } }
            ),
            (
                "an added report",
                { try site.write("period: 2026-Q3\npublished: 2026-10-10\ndossiers:\n  received: 10\n", to: "content/reports/2026-Q3.yml") }
            ),
            ("a deleted report", { try site.remove("content/reports/2026-Q3.yml") }),
            ("a deleted assessment", { try site.remove("content/service-index/2026-Q2.yml") }),
        ]
        for (name, change) in edits {
            try change()
            let report = try site.build()
            if case .full = report.mode {} else { Issue.record("after \(name): \(report.mode)") }
            let reference = try SiteFixture("", withTheme: false)
            defer { reference.delete() }
            for folder in ["content", "templates"] {
                try FileManager.default.copyItem(
                    at: site.root.appendingPathComponent(folder), to: reference.root.appendingPathComponent(folder))
            }
            try SiteBuilder(configuration: BuildConfiguration(root: reference.root, incremental: false)).build()
            let differences = TreeComparison.differences(
                expected: try SiteFixture.snapshot(of: reference.root.appendingPathComponent("public")),
                actual: try SiteFixture.snapshot(of: site.root.appendingPathComponent("public")))
            #expect(differences.isEmpty, "after \(name): \(differences.prefix(5).joined(separator: "\n"))")
        }
        #expect(!site.outputExists("bao-cao/2026-Q3/index.html"))
        #expect(try site.output("chi-so-phuc-vu/index.html").contains("Năm 2025: 92,9"))
    }
}
