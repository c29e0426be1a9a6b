import Testing

@testable import SiteBuilder

@Suite("Markdown rendering")
struct MarkdownRendererTests {
    private let file = SourceFile(path: "content/pages/p.md", text: "")

    private func render(_ markdown: String, firstLine: Int = 1, reserved: Set<String> = []) -> (RenderedMarkdown, [String]) {
        guard let (rendered, diagnostics) = MarkdownRenderer().render(markdown, file: file, firstLine: firstLine, reservedIDs: reserved)
        else {
            Issue.record("a render without hooks never stops")
            return (.empty, [])
        }
        return (rendered, diagnostics.map(\.description))
    }

    @Test("the GFM extensions render tables, strikethrough, autolinks and task lists")
    func extensions() {
        let (rendered, warnings) = render(
            """
            | A | B |
            |:--|--:|
            | 1 | 2 |

            ~~cũ~~ https://dichvucong.gov.vn

            - [x] xong
            - [ ] chưa
            """)
        #expect(warnings.isEmpty)
        #expect(rendered.html.contains("<div class=\"table-scroll\"><table>"))
        #expect(!rendered.html.contains("<caption>"), "a table under no heading has no caption")
        #expect(rendered.html.contains("</table></div>"))
        #expect(rendered.html.contains("<th class=\"align-left\">A</th>"))
        #expect(rendered.html.contains("<td class=\"align-right\">2</td>"))
        #expect(!rendered.html.contains("align=\""))
        #expect(rendered.html.contains("<del>cũ</del>"))
        #expect(rendered.html.contains("<a href=\"https://dichvucong.gov.vn\">https://dichvucong.gov.vn</a>"))
        #expect(rendered.html.contains("type=\"checkbox\""))
    }

    @Test("a table is captioned by the heading it stands under, escaped")
    func tableCaptions() {
        let (rendered, _) = render("## Thành phần hồ sơ <A & B>\n\n| A |\n|---|\n| 1 |\n")
        #expect(rendered.html.contains("<div class=\"table-scroll\"><table>\n<caption>Thành phần hồ sơ &lt;A &amp; B&gt;</caption>"))
    }

    @Test("every heading gets a unique ASCII id that avoids the ids the page reserves")
    func headingIDs() {
        let (rendered, _) = render(
            """
            ## Trình tự thực hiện
            ## Trình tự thực hiện
            ### Đăng ký `mã` *số*
            ## Thông tin chung
            """, reserved: ["thong-tin-chung"])
        #expect(rendered.headings.map(\.id) == ["trinh-tu-thuc-hien", "trinh-tu-thuc-hien-2", "dang-ky-ma-so", "thong-tin-chung-2"])
        #expect(rendered.headings.map(\.text) == ["Trình tự thực hiện", "Trình tự thực hiện", "Đăng ký mã số", "Thông tin chung"])
        #expect(rendered.html.contains("<h2 id=\"trinh-tu-thuc-hien\">Trình tự thực hiện</h2>"))
        #expect(rendered.html.contains("<h3 id=\"dang-ky-ma-so\">Đăng ký <code>mã</code> <em>số</em></h3>"))
    }

    @Test("raw HTML is dropped with one warning at its line in the file, and comments vanish silently")
    func rawHTML() {
        let (rendered, warnings) = render(
            """
            Đoạn một.

            <div onclick="x()">khối</div>

            <!-- ghi chú nội bộ -->
            Chữ <span>nội tuyến</span>.
            """, firstLine: 10)
        #expect(!rendered.html.contains("<div"))
        #expect(!rendered.html.contains("<span"))
        #expect(!rendered.html.contains("<!--"))
        #expect(!rendered.html.contains("ghi chú nội bộ"))
        #expect(rendered.html.contains("nội tuyến"))
        #expect(
            warnings == [
                "content/pages/p.md:12:1: warning: raw HTML is not published; write it in Markdown instead",
                "content/pages/p.md:15:5: warning: raw HTML is not published; write it in Markdown instead",
            ])
    }

    @Test("a <br> in any of its spellings is a line break, in a table cell or a paragraph, with no warning")
    func lineBreaks() {
        let (rendered, warnings) = render(
            """
            | Mẫu |
            |---|
            | a<br>b |
            | c<br/>d |
            | e<br />f |
            | g<BR>h |

            Dòng một<br>dòng hai ![ảnh<br>một](/a.png)

            ## Mục<br>một

            <BR/>
            """)
        #expect(warnings.isEmpty)
        #expect(!rendered.html.contains("<!--"))
        for (before, after) in [("a", "b"), ("c", "d"), ("e", "f"), ("g", "h")] {
            #expect(rendered.html.contains("<td>\(before)<br>\(after)</td>"), "\(rendered.html)")
        }
        #expect(rendered.html.contains("<p>Dòng một<br>dòng hai <img src=\"/a.png\" alt=\"ảnh một\" /></p>\n"))
        #expect(rendered.html.hasSuffix("</h2>\n"), "a block that is only a line break separates nothing")
        #expect(rendered.headings.map(\.text) == ["Mục một"])
    }

    @Test("a <br> with attributes, and every other tag, is still dropped with a warning")
    func lineBreaksWithAttributes() {
        let (rendered, warnings) = render(
            """
            | Mẫu |
            |---|
            | a<br onclick="x()">b |
            | c<br style="color:red">d |
            | e<script>f |
            """, firstLine: 5)
        #expect(rendered.html.contains("<td>ab</td>"))
        #expect(rendered.html.contains("<td>cd</td>"))
        #expect(!rendered.html.contains("onclick"))
        #expect(!rendered.html.contains("style"))
        #expect(!rendered.html.contains("<script"))
        #expect(
            warnings == [
                "content/pages/p.md:7:4: warning: raw HTML is not published; write it in Markdown instead",
                "content/pages/p.md:8:4: warning: raw HTML is not published; write it in Markdown instead",
                "content/pages/p.md:9:4: warning: raw HTML is not published; write it in Markdown instead",
            ])
    }

    @Test("text indented by four spaces or a tab is warned about once a block, at its first line; a fenced block is not")
    func indentedCode() {
        let (rendered, warnings) = render(
            """
            Đoạn một.

                Đoạn dán thụt bốn dấu cách.

                Đoạn tiếp theo, cùng khối mã.

            Đoạn hai.

            \tĐoạn dán thụt một tab.

            ```
            mã thật
            ```
            """, firstLine: 20)
        #expect(rendered.html.contains("<pre><code>Đoạn dán thụt bốn dấu cách."))
        #expect(
            warnings == [
                "content/pages/p.md:22:5: warning: this text is indented by four spaces or a tab, so it shows as code; remove the indent at the start of the line, or put it between ``` lines if it is meant as code",
                "content/pages/p.md:28:2: warning: this text is indented by four spaces or a tab, so it shows as code; remove the indent at the start of the line, or put it between ``` lines if it is meant as code",
            ])
    }

    @Test("javascript:, data: and protocol-relative links keep their words but lose the address")
    func unsafeLinks() {
        let (rendered, warnings) = render(
            "[một](javascript:alert(1)) [hai](//evil.example) [ba](data:text/html,x) [bốn](/thu-tuc/) ![ảnh](//x/y.png)")
        #expect(rendered.html == "<p>một hai ba <a href=\"/thu-tuc/\">bốn</a> ảnh</p>\n")
        #expect(warnings.count == 4)
        #expect(LinkPolicy.isPublishable("https://a.vn/x:y"))
        #expect(LinkPolicy.isPublishable("#muc-luc"))
        #expect(LinkPolicy.isPublishable("mailto:a@b.vn"))
        #expect(!LinkPolicy.isPublishable("JavaScript:x"))
        #expect(!LinkPolicy.isPublishable("vbscript:x"))
    }
}
