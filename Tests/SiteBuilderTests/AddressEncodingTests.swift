import Foundation
import Testing

@testable import SiteBuilder

/// Every address the site writes is a valid one, percent-encoded where the text it comes
/// from has spaces or Vietnamese letters, while the files keep the names the editor gave them.
@Suite("percent-encoded addresses")
struct AddressEncodingTests {
    static let formName = "TỜ KHAI ĐĂNG KÝ.docx"
    static let formAddress = "/files/forms/T%E1%BB%9C%20KHAI%20%C4%90%C4%82NG%20K%C3%9D.docx"

    /// The small site with a form, a body link, a menu link and a decision's attachment named
    /// in Vietnamese with spaces.
    static let site =
        Fixtures.smallSite
        .replacingOccurrences(
            of: "    file: forms/mau-01b.txt\n",
            with: "    file: forms/mau-01b.txt\n  - title: Tờ khai đăng ký\n    file: \"forms/\(formName)\"\n"
        )
        .replacingOccurrences(
            of: "2. Cơ quan BHXH giải quyết.\n",
            with: "2. Cơ quan BHXH giải quyết.\n\nTải [tờ khai](</files/forms/\(formName)>).\n"
        )
        .replacingOccurrences(
            of: "    url: /dich-vu-cong-truc-tuyen/\n",
            with: "    url: /dich-vu-cong-truc-tuyen/\n  - title: Tìm\n    url: \"https://dichvucong.gov.vn/tìm kiếm?q=thai%20sản\"\n"
        )
        .replacingOccurrences(
            of: "new: [2.000693, 1.001667, 2.000740]\n",
            with: "new: [2.000693, 1.001667, 2.000740]\nattachment: \"decisions/QĐ 100 bản ký#1.pdf\"\n")
        + "\n-- content/files/forms/\(formName) --\nTờ khai\n-- content/files/decisions/QĐ 100 bản ký#1.pdf --\nQĐ\n"

    @Test("a file's path is encoded byte by byte, '%', '?' and '#' included, after composing its letters")
    func paths() {
        #expect(SiteAddress.file("forms/\(Self.formName)") == Self.formAddress)
        #expect(PercentEncoding.path("forms/mau-01b.txt") == "forms/mau-01b.txt")
        #expect(PercentEncoding.path("a/100% #1?.pdf") == "a/100%25%20%231%3F.pdf")
        #expect(PercentEncoding.path("a/(b)+c,d;e=f&g'h~i_j.pdf") == "a/(b)+c,d;e=f&g'h~i_j.pdf")
        let decomposed = "forms/\(Self.formName)".decomposedStringWithCanonicalMapping
        #expect(PercentEncoding.path(decomposed) == String(Self.formAddress.dropFirst("/files/".count)))
    }

    @Test("an address keeps its query, fragment and %XX, and encodes spaces, letters and a lone '%'")
    func addresses() {
        let portal = "https://dichvucong.gov.vn/p/home/dvc.html?ma_thu_tuc=2.000693&x=[1]#muc"
        #expect(PercentEncoding.address(portal) == portal)
        #expect(
            PercentEncoding.address("https://a.vn/tìm kiếm?q=thai%20sản") == "https://a.vn/t%C3%ACm%20ki%E1%BA%BFm?q=thai%20s%E1%BA%A3n")
        #expect(PercentEncoding.address("/a%2") == "/a%252")
        #expect(PercentEncoding.address("/a\"<b>") == "/a%22%3Cb%3E")
    }

    @Test("the form is linked by its encoded address everywhere the site writes it, and published under its own name")
    func encodedEverywhere() throws {
        let fixture = try SiteFixture(Self.site)
        defer { fixture.delete() }
        try fixture.build()

        let page = try fixture.output("thu-tuc/2.000693/index.html")
        #expect(page.contains("<a href=\"\(Self.formAddress)\">Tờ khai đăng ký</a>"))
        #expect(page.contains("<a href=\"\(Self.formAddress)\">tờ khai</a>"), "a Markdown link is encoded too")
        #expect(page.contains("href=\"https://dichvucong.gov.vn/t%C3%ACm%20ki%E1%BA%BFm?q=thai%20s%E1%BA%A3n\""))
        #expect(try fixture.output("files/forms/\(Self.formName)").hasPrefix("Tờ khai"), "the file keeps the name it has in content/files/")

        #expect(
            try fixture.output("quyet-dinh/qd-100-2024/index.html").contains(
                "href=\"/files/decisions/Q%C4%90%20100%20b%E1%BA%A3n%20k%C3%BD%231.pdf\""))
        let json = try fixture.output("du-lieu-mo/procedures.json")
        #expect(json.contains("\"file_url\":\"https://thutuc.example.gov.vn\(Self.formAddress)\""))
        #expect(try fixture.output("du-lieu-mo/procedures.csv").contains("https://thutuc.example.gov.vn\(Self.formAddress)"))

        var invalid: [String] = []
        for file in try LocalFileSystem().files(under: fixture.root.appendingPathComponent("public"))
        where [".html", ".xml", ".json", ".csv"].contains(where: file.hasSuffix) {
            let text = try fixture.output(file)
            #expect(!text.contains("forms/\(Self.formName)"), "\(file) writes the form's path unencoded")
            invalid += Self.addresses(in: text).filter { !Self.isValid($0) }.map { "\(file): \($0)" }
        }
        #expect(invalid.isEmpty, "\(invalid)")
    }

    /// The addresses a page, feed, sitemap or dataset writes: attribute values, `<loc>`s and
    /// JSON fields named `…url`.
    static func addresses(in text: String) -> [String] {
        let patterns = [#/(?:href|src)="([^"]*)"/#, #/<loc>([^<]*)</loc>/#, #/"[a-z_]*url":"([^"]*)"/#]
        return patterns.flatMap { pattern in
            text.matches(of: pattern).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    /// Whether `address` holds only what RFC 3986 allows: no space, no raw letter beyond ASCII.
    static func isValid(_ address: String) -> Bool {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=".utf8)
        let bytes = Array(address.utf8)
        for (index, byte) in bytes.enumerated() where !allowed.contains(byte) {
            guard byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                bytes[(index + 1)...(index + 2)].allSatisfy({ Character(UnicodeScalar($0)).isHexDigit })
            else { return false }
        }
        return true
    }
}
