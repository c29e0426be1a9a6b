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
        #expect(
            diagnostics == [
                "content/feedback/PAKN-2025-0001.md:13:36: error: this looks like a mobile phone number; a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason"
            ])
        #expect(!diagnostics.joined().contains("345"))
        #expect(try site.output("sentinel.txt") == "sentinel")
    }

    @Test("an e-mail in the front matter is found too")
    func frontMatter() throws {
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(
                of: "agency: Bảo hiểm xã hội Việt Nam\n---\n## Nội dung",
                with: "agency: Bảo hiểm xã hội Việt Nam\nregulation: gửi a.b@mail.vn\n---\n## Nội dung"))
        defer { site.delete() }
        #expect(
            site.diagnostics().map { $0.components(separatedBy: ": error: ").first ?? "" } == ["content/feedback/PAKN-2025-0001.md:10:17"])
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
        #expect(
            site.diagnostics() == [
                "content/feedback/PAKN-2025-0001.md:17:39: error: this looks like a 10-digit social insurance number; a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason",
                "content/personal-data-allowlist.yml:4:5: warning: this allowed text no longer appears in any feedback result; remove the entry",
            ])
    }

    /// The sample result with a name in its title and answer document, a home address in its
    /// regulation, and a name, a home address and a disguised e-mail in its body.
    static let leakingSite = Fixtures.smallSite
        .replacingOccurrences(
            of: "title: Kiến nghị rút ngắn thời hạn giải quyết chế độ thai sản",
            with:
                "title: Kiến nghị của bà Trần Thị Lan về thời hạn giải quyết chế độ thai sản\nregulation: Quy định gửi kết quả về số 5 ngõ 12 phố Huế, phường Phố Huế, quận Hai Bà Trưng\nanswer_document: Công văn trả lời ông Lê Văn Tám"
        )
        .replacingOccurrences(
            of: "Đề nghị rút ngắn thời hạn.",
            with:
                "Họ tên người phản ánh: Nguyễn Thị Bích Ngọc. Địa chỉ: số 12 ngõ 34 phố Hàng Bông, phường Hàng Gai, quận Hoàn Kiếm, Hà Nội\n\nLiên hệ: nguyenvana (at) gmail (dot) com"
        )

    @Test("a name, a home address or a disguised e-mail in a result's front matter or body fails the build, public/ untouched")
    func namesAndAddressesFail() throws {
        let site = try SiteFixture(Self.leakingSite)
        defer { site.delete() }
        try site.write("sentinel", to: "public/sentinel.txt")
        let message =
            "; a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason"
        let diagnostics = site.diagnostics()
        #expect(
            diagnostics == [
                "content/feedback/PAKN-2025-0001.md:3:25: error: this looks like a person's name" + message,
                "content/feedback/PAKN-2025-0001.md:4:37: error: this looks like a home address" + message,
                "content/feedback/PAKN-2025-0001.md:5:39: error: this looks like a person's name" + message,
                "content/feedback/PAKN-2025-0001.md:15:24: error: this looks like a person's name" + message,
                "content/feedback/PAKN-2025-0001.md:15:55: error: this looks like a home address" + message,
                "content/feedback/PAKN-2025-0001.md:17:10: error: this looks like a disguised e-mail address" + message,
            ])
        for value in ["Trần", "Ngọc", "ngõ", "Tám", "gmail"] { #expect(!diagnostics.joined().contains(value)) }
        #expect(try site.output("sentinel.txt") == "sentinel")
    }

    @Test("allow-list entries release a name and an address found by the guard, and the site builds")
    func allowListReleasesNamesAndAddresses() throws {
        let site = try SiteFixture(
            Self.leakingSite + """

                -- content/personal-data-allowlist.yml --
                allowed:
                  - text: "Trần Thị Lan"
                    reason: Tên nhân vật trong tác phẩm được trích, không phải người phản ánh; đã rà soát
                  - text: "số 5 ngõ 12 phố Huế, phường Phố Huế, quận Hai Bà Trưng"
                    reason: Địa chỉ công khai của điểm tiếp nhận; đã rà soát
                  - text: "Lê Văn Tám"
                    reason: Tên anh hùng, dùng làm tên công viên; đã rà soát
                  - text: "Nguyễn Thị Bích Ngọc"
                    reason: Thử nghiệm
                  - text: "số 12 ngõ 34 phố Hàng Bông, phường Hàng Gai, quận Hoàn Kiếm, Hà Nội"
                    reason: Thử nghiệm
                  - text: "nguyenvana (at) gmail (dot) com"
                    reason: Thử nghiệm
                """)
        defer { site.delete() }
        #expect(site.diagnostics() == [])
        _ = try site.build()
        #expect(site.outputExists("phan-anh-kien-nghi/PAKN-2025-0001/index.html"))
    }

    @Test("an agency's own address (the site's contact) and the content's agencies are not personal data")
    func publishedTexts() {
        let published = ["Số 7 Tràng Thi, phường Hoàn Kiếm, thành phố Hà Nội"]
        let line: Substring = "Mời ông đến Số 7 Tràng Thi, phường Hoàn Kiếm, thành phố Hà Nội để nhận kết quả."
        #expect(PersonalDataScanner.scan(line, published: published).isEmpty)
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [.homeAddress])
        #expect(PersonalDataScanner.scan("agency: Bảo hiểm xã hội huyện Lê Lợi", wordsToo: false).isEmpty)
    }
}
