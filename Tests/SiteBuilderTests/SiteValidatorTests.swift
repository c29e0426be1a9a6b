import Foundation
import Testing

@testable import SiteBuilder

@Suite("cross-document checks")
struct SiteValidatorTests {
    @Test("unknown codes, unknown decisions, missing files and duplicates are each reported at their line")
    func crossReferences() throws {
        let site = try SiteFixture(
            Fixtures.smallSite
                .replacingOccurrences(of: "related: [2.000740]", with: "related: [2.000740, 1.000404]")
                .replacingOccurrences(of: "online_decision: 100/QĐ-BHXH", with: "online_decision: 999/QĐ-BHXH")
                .replacingOccurrences(of: "file: forms/mau-01b.txt", with: "file: ../site.yml")
                    + """

                    -- content/decisions/qd-100-ban-sao.md --
                    ---
                    number: 100/QĐ-BHXH
                    title: Bản sao
                    issued: 2024-01-05
                    issuer: BHXH Việt Nam
                    attachment: quyet-dinh/khong-co.pdf
                    ---
                    -- content/pages/thu-tuc.md --
                    ---
                    title: Trùng địa chỉ
                    ---
                    """)
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/decisions/qd-100-ban-sao.md:2:1: error: 'number' '100/QĐ-BHXH' is already used by content/decisions/qd-100-2024.md",
                "content/decisions/qd-100-ban-sao.md:6:1: error: 'attachment' names 'quyet-dinh/khong-co.pdf', but there is no 'content/files/quyet-dinh/khong-co.pdf'",
                "content/pages/thu-tuc.md:1:1: error: the page 'thu-tuc' would replace a built-in address of the site; rename the file",
                "content/procedures/2.000693.md:10:1: error: 'online_decision' names decision '999/QĐ-BHXH', but no file in 'content/decisions/' has that 'number'",
                "content/procedures/2.000693.md:19:5: error: 'forms[1].file' must be a path inside 'content/files/' like 'forms/mau-01.pdf', found '../site.yml'",
                "content/procedures/2.000693.md:20:21: error: 'related' names procedure '1.000404', but there is no 'content/procedures/1.000404.md'",
            ])
    }

    @Test("a procedure announced again after its abolition is reported at the later decision")
    func announcedAfterAbolition() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + """

                -- content/decisions/qd-300-2025.md --
                ---
                number: 300/QĐ-BHXH
                title: Công bố lại
                issued: 2025-06-01
                issuer: BHXH Việt Nam
                new: [2.000740]
                ---
                """)
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/decisions/qd-300-2025.md:6:7: error: 'new' lists procedure '2.000740', which the earlier decision '200/QĐ-BHXH' abolished; an abolished procedure cannot come back — give the new procedure a new code"
            ])
    }

    @Test("a site folder without site.yml is refused")
    func missingSiteSettings() throws {
        let site = try SiteFixture("-- content/pages/a.md --\n---\ntitle: A\n---\n")
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/site.yml:1:1: error: the site folder has no 'content/site.yml'; create it with 'title', 'agency', 'base_url' and 'language: vi'"
            ])
    }
}

@Suite("links out of the site folder")
struct SymbolicLinkTests {
    @Test("a symbolic link in content/ is refused by name and never followed")
    func symbolicLinks() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.write("sentinel", to: "public/sentinel.txt")
        let files = site.root.appendingPathComponent("content/files")
        try FileManager.default.createSymbolicLink(atPath: files.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: files.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        #expect(
            site.diagnostics() == [
                "content/files/etc:1:1: error: this is a symbolic link, which the build never follows; put the file itself here instead",
                "content/files/passwd:1:1: error: this is a symbolic link, which the build never follows; put the file itself here instead",
            ])
        #expect(try site.output("sentinel.txt") == "sentinel")
    }
}

@Suite("shared addresses")
struct SharedAddressTests {
    @Test("two feedback results whose ids differ only in case are refused: they would share an address")
    func caseInsensitiveAddresses() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + """

                -- content/feedback/pakn-2025-0001.md --
                ---
                id: pakn-2025-0001
                title: Bản trùng
                received: 2025-04-02
                status: received
                submitter_type: organization
                agency: BHXH Việt Nam
                ---
                """)
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/feedback/pakn-2025-0001.md:1:1: error: this file would publish '/phan-anh-kien-nghi/pakn-2025-0001/', which content/feedback/PAKN-2025-0001.md already publishes (addresses ignore upper and lower case); rename one of them"
            ])
    }

    @Test("a decision or a feedback result named like a numbered page of its list is refused, even while the list is short")
    func pageNumberNames() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + """

                -- content/decisions/trang-2.md --
                ---
                number: 300/QĐ-BHXH
                title: Quyết định
                issued: 2025-06-01
                issuer: BHXH Việt Nam
                ---
                -- content/feedback/Trang-3.md --
                ---
                id: Trang-3
                title: Kiến nghị
                received: 2025-04-02
                status: received
                submitter_type: organization
                agency: BHXH Việt Nam
                ---
                -- content/decisions/trang-chu.md --
                ---
                number: 301/QĐ-BHXH
                title: Quyết định khác
                issued: 2025-06-02
                issuer: BHXH Việt Nam
                ---
                """)
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/decisions/trang-2.md:1:1: error: this file would publish '/quyet-dinh/trang-2/', which is kept for a numbered page of the list; rename it",
                "content/feedback/Trang-3.md:1:1: error: this file would publish '/phan-anh-kien-nghi/Trang-3/', which is kept for a numbered page of the list; rename it",
            ])
    }

    /// A minimal procedure file (front matter only) of `code` in `field`.
    static func procedure(_ code: String, field: String) -> String {
        """

        -- content/procedures/\(code).md --
        ---
        code: \(code)
        title: Thủ tục \(code)
        field: \(field)
        levels: [district]
        agency: BHXH
        subjects: [Người lao động]
        online: none
        channels:
          - method: in-person
            time: 1 ngày
        ---
        """
    }

    @Test(
        "a field written another way than most files write it is warned at its line, with the spelling the site shows and how many files write each; the site publishes"
    )
    func fieldSpellingWarned() throws {
        // The small site writes 'Thực hiện chính sách BHXH' twice.
        let site = try SiteFixture(
            Fixtures.smallSite + Self.procedure("1.000001", field: "Thực hiện chính sách bhxh")
                + Self.procedure("1.000002", field: "Thực hiện chính sách BHXH")
                + Self.procedure("1.000003", field: "Thuc hien chinh sach BHXH.")
                + Self.procedure("1.000005", field: "Thực hiện  chính sách bhxh"))
        defer { site.delete() }
        let report = try site.build()
        #expect(
            report.diagnostics.filter { $0.location.line == 4 }.map(\.description) == [
                "content/procedures/1.000001.md:4:1: warning: 'field' is written 'Thực hiện chính sách bhxh' here and the site shows it as 'Thực hiện chính sách BHXH', the spelling of 3 files (this spelling: 1 file, 'Thuc hien chinh sach BHXH.': 1 file, 'Thực hiện  chính sách bhxh': 1 file); write it that way to silence this",
                "content/procedures/1.000003.md:4:1: warning: 'field' is written 'Thuc hien chinh sach BHXH.' here and the site shows it as 'Thực hiện chính sách BHXH', the spelling of 3 files (this spelling: 1 file, 'Thực hiện  chính sách bhxh': 1 file, 'Thực hiện chính sách bhxh': 1 file); write it that way to silence this",
                "content/procedures/1.000005.md:4:1: warning: 'field' is written 'Thực hiện  chính sách bhxh' here and the site shows it as 'Thực hiện chính sách BHXH', the spelling of 3 files (this spelling: 1 file, 'Thuc hien chinh sach BHXH.': 1 file, 'Thực hiện chính sách bhxh': 1 file); write it that way to silence this",
            ])
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(site.outputExists("thu-tuc/linh-vuc/thuc-hien-chinh-sach-bhxh/index.html"))
    }

    @Test("among spellings written by as many files, the site shows the one of the lowest procedure code, not of the first path")
    func fieldSpellingTieBreak() throws {
        // `1.000010.H19.md` comes before `1.000010.md` by path, after it by code.
        let site = try SiteFixture(
            Fixtures.smallSite + Self.procedure("1.000010.H19", field: "Thi đua, khen thưởng")
                + Self.procedure("1.000010", field: "Thi đua – Khen thưởng"))
        defer { site.delete() }
        #expect(
            site.diagnostics().filter { $0.contains("'field'") } == [
                "content/procedures/1.000010.H19.md:4:1: warning: 'field' is written 'Thi đua, khen thưởng' here and the site shows it as 'Thi đua – Khen thưởng', the spelling of 1 file (this spelling: 1 file); write it that way to silence this"
            ])
    }

    @Test("a procedure's record keeps the field as its file writes it, while its page shows the field as the site does")
    func recordKeepsItsSpelling() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + Self.procedure("1.000010.H19", field: "Thi đua, khen thưởng")
                + Self.procedure("1.000010", field: "Thi đua – Khen thưởng"))
        defer { site.delete() }
        try site.build()
        let record = try JSONSerialization.jsonObject(with: Data(try site.output("thu-tuc/1.000010.H19/index.json").utf8))
        #expect((record as? [String: Any])?["field"] as? String == "Thi đua, khen thưởng")
        let dataset = try site.output("du-lieu-mo/procedures.csv")
        #expect(dataset.contains(",Thi đua – Khen thưởng,") && dataset.contains(",\"Thi đua, khen thưởng\","))
        let page = try site.output("thu-tuc/1.000010.H19/index.html")
        #expect(page.contains("<dd>Thi đua – Khen thưởng</dd>"))
        #expect(page.contains("Lĩnh vực Thi đua – Khen thưởng.\">"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("public/thu-tuc/linh-vuc").path).sorted()
                == ["thi-dua-khen-thuong", "thuc-hien-chinh-sach-bhxh"])
    }

    @Test("fields that make different addresses stay apart, unwarned, and a field without letters is refused")
    func differentFieldsApart() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + Self.procedure("1.000001", field: "Thực hiện chính sách BHYT")
                + Self.procedure("1.000002", field: "Thực hiện chính sách BHXH.") + Self.procedure("1.000004", field: "“…”"))
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/procedures/1.000002.md:4:1: warning: 'field' is written 'Thực hiện chính sách BHXH.' here and the site shows it as 'Thực hiện chính sách BHXH', the spelling of 2 files (this spelling: 1 file); write it that way to silence this",
                "content/procedures/1.000004.md:4:1: error: 'field' '“…”' has no letter or digit to make its page's address from; write the field's name",
                "content/procedures/1.000004.md:4:8: warning: 'field' is wrapped in typographic quotes, which are published as part of it ('“…”'); use straight quotes or none: field: \"…\"",
            ])
        let fields = FieldSpellings(
            try #require(ContentDecoder().decode(ContentLoader(root: site.root, fileSystem: LocalFileSystem()).load().0).0).procedures)
        #expect(fields.shown("Thực hiện chính sách BHYT") == "Thực hiện chính sách BHYT")
        #expect(fields.shown("Chi trả các chế độ BHXH") == "Chi trả các chế độ BHXH")
        #expect(fields.shownAs == ["Thực hiện chính sách BHXH.": "Thực hiện chính sách BHXH"])
    }
}
