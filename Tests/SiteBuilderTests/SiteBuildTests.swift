import Foundation
import Testing

@testable import SiteBuilder

@Suite("whole-site builds")
struct SiteBuildTests {
    @Test("a lightened document has no body to give: asking for it stops the program instead of giving an empty text")
    func lightenedDocumentHasNoBody() async {
        let whole = ContentDocument(
            source: SourceFile(path: "content/procedures/1.000001.md", text: "---\ncode: x\n---\nNội dung.\n"), metadata: "x",
            body: "Nội dung.\n", bodyFirstLine: 4, keyLocations: [:])
        #expect(whole.body == "Nội dung.\n")
        #expect(!whole.lightened().hasBody)
        await #expect(processExitsWith: .failure) {
            let document = ContentDocument(
                source: SourceFile(path: "content/procedures/1.000001.md", text: "---\ncode: x\n---\nNội dung.\n"), metadata: "x",
                body: "Nội dung.\n", bodyFirstLine: 4, keyLocations: [:])
            _ = document.lightened().body
        }
    }

    @Test("background work gives its result as often as it is read; on one thread it is done before the call returns")
    func backgroundWork() {
        let work = Background { (1...1_000).reduce(0, +) }
        #expect(work.value == 500_500)
        #expect(work.value == 500_500)
        final class Flag: @unchecked Sendable { var isSet = false }
        let flag = Flag()
        Parallelism.$isEnabled.withValue(false) {
            _ = Background { flag.isSet = true }
            #expect(flag.isSet)
        }
    }

    @Test("a procedure page shows each channel's time and fee and links every decision that lists its code")
    func procedurePageShowsChannelsAndHistory() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let page = try site.output("thu-tuc/2.000693/index.html")

        #expect(page.contains("<tr><th scope=\"row\">Trực tiếp</th><td>06 ngày làm việc</td><td>Không</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Trực tuyến</th><td>05 ngày làm việc</td><td>Miễn phí</td></tr>"))
        #expect(page.contains("<a href=\"/quyet-dinh/qd-100-2024/\">Quyết định số 100/QĐ-BHXH</a>"))
        #expect(page.contains("<a href=\"/quyet-dinh/qd-200-2025/\">Quyết định số 200/QĐ-BHXH</a>"))
        #expect(page.contains("Công bố mới"))
        #expect(page.contains("Sửa đổi, bổ sung, thay thế"))
        #expect(page.contains("href=\"/files/forms/mau-01b.txt\""))
        #expect(site.outputExists("files/forms/mau-01b.txt"))
        #expect(!page.contains("Thủ tục này đã bị bãi bỏ"))
    }

    @Test("a decision page links back to each procedure it lists, grouped as new, amended and abolished")
    func decisionPageLinksBack() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let first = try site.output("quyet-dinh/qd-100-2024/index.html")
        for code in ["2.000693", "1.001667", "2.000740"] {
            #expect(first.contains("href=\"/thu-tuc/\(code)/\""))
        }
        let second = try site.output("quyet-dinh/qd-200-2025/index.html")
        #expect(second.contains("Thủ tục hành chính được sửa đổi, bổ sung, thay thế (1)"))
        #expect(second.contains("Thủ tục hành chính bị bãi bỏ (1)"))
        #expect(second.contains("href=\"/thu-tuc/2.000740/\""))
        #expect(!second.contains("Thủ tục hành chính mới ban hành"))
    }

    @Test("an abolished procedure keeps its page with a notice and leaves the catalogue and the online list")
    func abolishedProcedure() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let page = try site.output("thu-tuc/2.000740/index.html")
        #expect(page.contains("Thủ tục này đã bị bãi bỏ"))
        #expect(
            page.contains(
                "<a href=\"/quyet-dinh/qd-200-2025/\">Quyết định số 200/QĐ-BHXH</a> ngày <time datetime=\"2025-03-10\">10/03/2025</time>"))
        #expect(!(try site.output("thu-tuc/index.html")).contains("2.000740"))
        #expect(!(try site.output("dich-vu-cong-truc-tuyen/index.html")).contains("2.000740"))
        #expect(try site.output("index.html").contains("<span class=\"figures__number\">2</span> thủ tục hành chính đang có hiệu lực"))
    }

    @Test("the Decree 42 page lists full-process procedures in one section and partial ones in the other")
    func onlineServicesPage() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + """

                -- content/procedures/1.000001.md --
                ---
                code: 1.000001
                title: Thủ tục không trực tuyến
                field: Thực hiện chính sách BHXH
                levels: [district]
                agency: BHXH
                subjects: [Người lao động]
                online: none
                channels:
                  - method: in-person
                    time: 1 ngày
                ---
                """)
        defer { site.delete() }
        try site.build()
        let page = try site.output("dich-vu-cong-truc-tuyen/index.html")
        let full = try #require(page.range(of: "id=\"toan-trinh\""))
        let partial = try #require(page.range(of: "id=\"mot-phan\""))
        let fullSection = page[full.upperBound..<partial.lowerBound]
        let partialSection = page[partial.upperBound...]

        #expect(fullSection.contains("/thu-tuc/2.000693/"))
        #expect(!fullSection.contains("/thu-tuc/1.001667/"))
        #expect(partialSection.contains("/thu-tuc/1.001667/"))
        #expect(!partialSection.contains("/thu-tuc/2.000693/"))
        #expect(!page.contains("1.000001"), "a procedure with online: none is never listed")
        #expect(!page.contains("2.000740"), "an abolished procedure is never listed")
        #expect(
            fullSection.contains("href=\"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000693\""))
        #expect(page.contains("Dịch vụ công trực tuyến toàn trình (1)"))
        #expect(page.contains("Dịch vụ công trực tuyến một phần (1)"))
    }

    @Test("every address of the content model is built")
    func addresses() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let clock = ContinuousClock()
        let started = clock.now
        let report = try site.build()
        let elapsed = started.duration(to: clock.now)
        for path in [
            "index.html", "thu-tuc/index.html", "thu-tuc/linh-vuc/thuc-hien-chinh-sach-bhxh/index.html",
            "thu-tuc/2.000693/index.html", "dich-vu-cong-truc-tuyen/index.html",
            "quyet-dinh/index.html", "quyet-dinh/qd-100-2024/index.html", "phan-anh-kien-nghi/index.html",
            "phan-anh-kien-nghi/PAKN-2025-0001/index.html", "gioi-thieu/index.html", "404.html", "assets/style.css",
        ] {
            #expect(site.outputExists(path), "\(path) is missing")
        }
        #expect(report.pageCount == 17)
        #expect(
            report.stageTimes.map(\.stage) == ["scan", "load", "decode", "validate", "markdown", "assemble", "render", "publish", "cache"])
        // The stages are timed one after another within the build, so they add up to no more
        // than the build took, measured from outside.
        let staged = report.stageTimes.map(\.seconds).reduce(0, +)
        #expect(staged > 0 && staged <= Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        #expect(report.diagnostics.isEmpty)
    }

    @Test("each stage's time is the time since the stage before, fractions of a second included")
    func stageTimes() {
        var timer = StageTimer()
        Thread.sleep(forTimeInterval: 0.05)
        timer.finish("first")
        timer.finish("second")
        Thread.sleep(forTimeInterval: 0.02)
        timer.finish("third")
        let seconds = timer.stages.map(\.seconds)
        #expect(timer.stages.map(\.stage) == ["first", "second", "third"])
        #expect(seconds[0] >= 0.05 && seconds[0] < 1)
        #expect(seconds[1] < 0.02)
        #expect(seconds[2] >= 0.02 && seconds[2] < 1)
    }

    @Test("lists are newest first and the home page shows the key figures")
    func ordering() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let decisions = try site.output("quyet-dinh/index.html")
        let newer = try #require(decisions.range(of: "200/QĐ-BHXH"))
        let older = try #require(decisions.range(of: "100/QĐ-BHXH"))
        #expect(newer.lowerBound < older.lowerBound)
        let home = try site.output("index.html")
        #expect(home.contains("<span class=\"figures__number\">1</span> dịch vụ công trực tuyến toàn trình"))
        #expect(home.contains("<span class=\"figures__number\">1</span> dịch vụ công trực tuyến một phần"))
    }

    @Test("front matter values are escaped and only rendered Markdown is inserted raw")
    func escaping() throws {
        let site = try SiteFixture(
            Fixtures.siteSettings + """

                -- content/pages/thu.md --
                ---
                title: "<script>alert('x')</script> & \\"trích dẫn\\""
                ---
                Văn bản **đậm** và <i>thẻ</i> a < b & c.
                """)
        defer { site.delete() }
        let warnings = try site.build().diagnostics.map(\.description)
        let page = try site.output("thu/index.html")
        #expect(
            page.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;trích dẫn&quot;</h1>")
                || page.contains("<h1>&lt;script&gt;alert("))
        #expect(!page.contains("<script>"))
        #expect(page.contains("<strong>đậm</strong>"))
        #expect(!page.contains("<i>"))
        #expect(page.contains("a &lt; b &amp; c"))
        #expect(warnings == ["content/pages/thu.md:4:20: warning: raw HTML is not published; write it in Markdown instead"])
    }

    @Test("two builds of the same content give byte-identical sites")
    func deterministic() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let first = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        try site.build()
        let second = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        #expect(first == second)
        #expect(first.count > 10)
    }

    @Test("a content error fails with file:line and leaves public/ untouched")
    func failedBuildKeepsPublic() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let before = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        try site.write(
            """
            ---
            number: 300/QĐ-BHXH
            title: Công bố
            issued: 2025-05-01
            issuer: BHXH Việt Nam
            new:
              - 2.000693
              - 9.999999
            ---
            """, to: "content/decisions/qd-300.md")
        #expect(
            site.diagnostics() == [
                "content/decisions/qd-300.md:8:5: error: 'new' names procedure '9.999999', but there is no 'content/procedures/9.999999.md'"
            ])
        let after = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        #expect(before == after)
    }

    @Test("files of removed content do not linger after the next build")
    func removedContentDisappears() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        #expect(site.outputExists("gioi-thieu/index.html"))
        try site.remove("content/pages/gioi-thieu.md")
        try site.build()
        #expect(!site.outputExists("gioi-thieu/index.html"))
    }
}
