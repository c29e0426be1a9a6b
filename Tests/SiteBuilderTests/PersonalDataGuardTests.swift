import Testing

@testable import SiteBuilder

@Suite("personal data guard")
struct PersonalDataGuardTests {
    private func kinds(_ line: String) -> [PersonalDataKind] {
        PersonalDataScanner.scan(Substring(line)).map(\.kind)
    }

    @Test("phones, identity, insurance numbers and e-mails are found however they are spaced")
    func patterns() {
        #expect(kinds("Gọi 0912345678 nhé") == [.mobilePhone])
        #expect(kinds("Gọi 0912 345 678 nhé") == [.mobilePhone])
        #expect(kinds("Gọi 0912.345.678 nhé") == [.mobilePhone])
        #expect(kinds("Gọi 0912-345-678 nhé") == [.mobilePhone])
        #expect(kinds("Gọi +84 912 345 678") == [.mobilePhone])
        #expect(kinds("Gọi 84912345678") == [.mobilePhone])
        #expect(kinds("Máy bàn 024 3824 1234") == [.landline])
        #expect(kinds("CCCD 001085012345") == [.citizenID])
        #expect(kinds("CMND 012 345 678") == [.oldIdentityCard])
        #expect(kinds("Mã số BHXH 0123456789") == [.socialInsuranceNumber])
        #expect(kinds("Thẻ DN4010123456789 hết hạn") == [.healthInsuranceCard])
        #expect(kinds("Thẻ DN 4010 1234 56789") == [.longNumber] || kinds("Thẻ DN 4010 1234 56789") == [.healthInsuranceCard])
        #expect(kinds("Thư gửi nguyen.van.a@example.com.") == [.email])
    }

    @Test("full-width digits and invisible characters do not hide a number")
    func normalization() {
        #expect(kinds("Gọi ０９１２３４５６７８") == [.mobilePhone])
        #expect(kinds("Gọi 0912\u{200B}345\u{200B}678") == [.mobilePhone])
    }

    @Test("dates, document numbers, amounts and short codes are not personal data")
    func ordinaryText() {
        #expect(kinds("Ngày 2025-04-01, Quyết định 1474/QĐ-BTC, mức 1.500.000 đồng, thủ tục 2.000693") == [])
        #expect(kinds("Văn bản số 1234/BHXH-CSXH ngày 15/03/2025") == [])
        #expect(kinds("Tổng đài 1900 9068") == [])
        #expect(kinds("Kết quả KQ.G24.000053") == [])
    }

    @Test("a hit in a feedback result fails the build at its line, names the kind and never echoes the value")
    func buildFails() throws {
        let site = try SiteFixture(
            Fixtures.smallSite
                .replacingOccurrences(of: "Đề nghị rút ngắn thời hạn.", with: "Đề nghị rút ngắn thời hạn, liên hệ 0912 345 678."))
        defer { site.delete() }
        try site.write("sentinel", to: "public/sentinel.txt")
        let diagnostics = site.diagnostics()
        #expect(diagnostics == [
            "content/feedback/PAKN-2025-0001.md:13:36: error: this looks like a mobile phone number; a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason"
        ])
        #expect(!diagnostics.joined().contains("345"))
        #expect(try site.output("sentinel.txt") == "sentinel")
    }

    @Test("an e-mail in the front matter is found too")
    func frontMatter() throws {
        let site = try SiteFixture(Fixtures.smallSite.replacingOccurrences(of: "agency: Bảo hiểm xã hội Việt Nam\n---\n## Nội dung", with: "agency: Bảo hiểm xã hội Việt Nam\nregulation: gửi a.b@mail.vn\n---\n## Nội dung"))
        defer { site.delete() }
        #expect(site.diagnostics().map { $0.components(separatedBy: ": error: ").first ?? "" } == ["content/feedback/PAKN-2025-0001.md:10:17"])
    }

    @Test("the reviewed allow-list releases one exact text, and an unused entry is reported")
    func allowList() throws {
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(of: "Đã trả lời.", with: "Đã trả lời theo văn bản 0123456789 và 0123456788.")
                + """

                -- content/personal-data-allowlist.yml --
                allowed:
                  - text: "0123456789"
                    reason: Số hiệu văn bản trả lời, không phải số sổ BHXH
                  - text: "0987654321"
                    reason: Không còn dùng
                """)
        defer { site.delete() }
        #expect(site.diagnostics() == [
            "content/feedback/PAKN-2025-0001.md:17:39: error: this looks like a 10-digit social insurance number; a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason",
            "content/personal-data-allowlist.yml:4:5: warning: this allowed text no longer appears in any feedback result; remove the entry",
        ])
    }
}
