import Foundation
import Mustache
import Testing

@testable import SiteBuilder

@Suite("Vietnamese text and templates")
struct TextAndTemplateTests {
    @Test("folding removes tones and case and maps đ to d")
    func folding() {
        #expect(VietnameseText.folded("Giải quyết hưởng chế độ THAI SẢN") == "giai quyet huong che do thai san")
        #expect(VietnameseText.folded("Đăng ký đất đai") == "dang ky dat dai")
        #expect(VietnameseText.slug("  Thành phần, số lượng hồ sơ (bản sao)  ") == "thanh-phan-so-luong-ho-so-ban-sao")
    }

    @Test("fields sort in Vietnamese alphabetical order")
    func collation() {
        let sorted = ["Thực hiện chính sách BHYT", "Đăng ký", "Bảo hiểm y tế", "Dược", "Cấp sổ BHXH, thẻ BHYT"]
            .sorted(by: VietnameseText.precedes)
        #expect(sorted == ["Bảo hiểm y tế", "Cấp sổ BHXH, thẻ BHYT", "Dược", "Đăng ký", "Thực hiện chính sách BHYT"])
    }

    @Test("a template syntax error and a missing partial are reported at the template's line and column")
    func templateErrors() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + """

                -- templates/page.mustache --
                {{<layout}}
                {{$content}}
                <h1>{{page.title}</h1>
                {{/content}}
                {{/layout}}
                -- templates/partials/footer.mustache --
                <footer>
                  {{> partials/contact }}
                </footer>
                """)
        defer { site.delete() }
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.hasPrefix("templates/page.mustache:3:") == true)
        #expect(diagnostics.first?.contains("error: template error:") == true)
        #expect(
            diagnostics.last
                == "templates/partials/footer.mustache:2:3: error: the template 'partials/contact.mustache' does not exist in 'templates/'")
        #expect(!site.outputExists("index.html"))
    }

    @Test("an absent optional value renders nothing and does not borrow an outer value")
    func absentValues() throws {
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(
                of: "  - title: Mẫu 01B-HSB\n    file: forms/mau-01b.txt",
                with: "  - title: Mẫu 01B-HSB\n    file: forms/mau-01b.txt\n  - title: Tờ khai không có tệp"))
        defer { site.delete() }
        try site.build()
        let page = try site.output("thu-tuc/2.000693/index.html")
        #expect(page.contains("<li>Tờ khai không có tệp</li>"))
        #expect(!page.contains("(2.000693)"))
    }

    @Test(
        "byte-level escaping gives what Mustache's own escaping gives",
        arguments: [
            "", "Thủ tục <b>hưởng</b> & \"chế độ\" 'thai sản'", "a<b>c&d\"e'f", "không có gì", "<<&&>>", "Đ&Đ 2.000693",
        ])
    func escaping(_ value: String) throws {
        let standard = try MustacheTemplate(string: "[{{v}}]").render(["v": value])
        let ours = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(ByteEscapedHTML.name) }}\n[{{v}}]")
        #expect(ours.render(["v": value]) == standard)
        #expect(ByteEscapedHTML().escapeText(value) == standard.dropFirst().dropLast())
    }

    @Test("typed template values render as plain dictionaries, texts and numbers do")
    func typedValues() throws {
        let template = try MustacheTemplate(
            string: """
                {{title}} {{{raw}}} {{count}} {{#note}}[{{note}} {{title}}]{{/note}}{{^note}}-{{/note}} \
                {{#missing}}x{{/missing}}{{^missing}}none{{/missing}} {{#items}}<{{name}}:{{title}}>{{/items}} \
                {{#tags}}({{.}}){{/tags}} {{#flag}}yes{{/flag}}{{^off}}no{{/off}} {{#inner}}{{code}}/{{title}}{{/inner}} {{empty}}|
                """)
        let plain: [String: Any] = [
            "title": "A & B", "raw": "<i>x</i>", "count": 42, "note": "ghi chú", "missing": NoValue(),
            "items": [["name": "một"], ["name": "hai", "title": "riêng"]] as [[String: Any]], "tags": ["a", "b<"],
            "flag": true, "off": false, "inner": ["code": "1.0"] as [String: Any], "empty": NoValue(),
        ]
        let typed: TemplateNode = [
            "title": "A & B", "raw": "<i>x</i>", "count": 42, "note": "ghi chú" as String?, "missing": nil as String?,
            "items": [["name": "một"] as TemplateNode, ["name": "hai", "title": "riêng"]], "tags": ["a", "b<"],
            "flag": true, "off": false, "inner": ["code": "1.0"] as TemplateNode, "empty": "" as String?,
        ]
        let rendered = template.render(typed)
        #expect(rendered == template.render(plain))
        #expect(rendered.contains("A &amp; B <i>x</i> 42 [ghi chú A &amp; B] none <một:A &amp; B><hai:riêng> (a)(b&lt;) yes"))
    }
}
