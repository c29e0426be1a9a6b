import Foundation
import Testing

@testable import SiteBuilder

/// Legal documents and news: what a build refuses, and what it only warns about.
@Suite("legal documents and news: validation")
struct DocumentsAndNewsValidationTests {
    /// The small site, two of its procedures citing Decree 115/2015, which Decree 158/2025 replaced.
    static let siteWithDocuments =
        Fixtures.smallSite
        .replacingOccurrences(
            of: "related: [2.000740]\n",
            with: """
                related: [2.000740]
                legal_basis:
                  - number: 115/2015/NĐ-CP
                    title: Nghị định quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc

                """
        )
        .replacingOccurrences(
            of: "    time: 01 ngày làm việc\n",
            with: """
                    time: 01 ngày làm việc
                legal_basis:
                  - number: 58/2014/QH13
                    title: Luật Bảo hiểm xã hội
                  - number: " 115/2015/NĐ-CP"
                    title: Nghị định 115

                """)
            + """

            -- content/documents/nd-115-2015.md --
            ---
            number: 115/2015/NĐ-CP
            type: decree
            title: Quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc
            issuer: Chính phủ
            issued: 2015-11-11
            effective: 2016-01-01
            status: replaced
            replaced_by: [158/2025/NĐ-CP]
            expired_on: 2025-07-01
            ---
            Nghị định hướng dẫn Luật Bảo hiểm xã hội năm 2014.
            -- content/documents/nd-158-2025.md --
            ---
            number: 158/2025/NĐ-CP
            type: decree
            title: Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc
            issuer: Chính phủ
            issued: 2025-06-25
            effective: 2025-07-01
            status: in-force
            ---
            Nghị định hướng dẫn Luật Bảo hiểm xã hội năm 2024.
            """

    @Test("a replaced document is a warning on each procedure citing it, at the citation's line, naming the replacement")
    func replacedDocumentWarnsEachCitingProcedure() throws {
        let site = try SiteFixture(Self.siteWithDocuments)
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/procedures/2.000693.md:22:5: warning: the legal basis '115/2015/NĐ-CP' has been replaced by '158/2025/NĐ-CP'; review this procedure's legal basis and cite the replacing document if the procedure now rests on it",
                "content/procedures/2.000740.md:16:5: warning: the legal basis '115/2015/NĐ-CP' has been replaced by '158/2025/NĐ-CP'; review this procedure's legal basis and cite the replacing document if the procedure now rests on it",
            ])
        #expect(site.outputExists("thu-tuc/2.000693/index.html"))
    }

    @Test("an expired document warns with the day it ended; one in force says nothing")
    func expiredDocumentWarns() throws {
        let site = try SiteFixture(
            Self.siteWithDocuments
                .replacingOccurrences(of: "status: replaced\nreplaced_by: [158/2025/NĐ-CP]\n", with: "status: expired\n"))
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/procedures/2.000693.md:22:5: warning: the legal basis '115/2015/NĐ-CP' has been out of force since 01/07/2025; review this procedure's legal basis",
                "content/procedures/2.000740.md:16:5: warning: the legal basis '115/2015/NĐ-CP' has been out of force since 01/07/2025; review this procedure's legal basis",
            ])
    }

    @Test("a document's own mistakes are errors at their lines: status without its replacement, unknown numbers, bad values")
    func documentMistakes() throws {
        let site = try SiteFixture(
            Fixtures.smallSite + """

                -- content/documents/nd-1.md --
                ---
                number: 1/2020/NĐ-CP
                type: decreee
                title: Thử
                issuer: Chính phủ
                issued: 2020-01-01
                effective: 2019-12-31
                status: replaced
                official_url: http://vanban.chinhphu.vn
                ---
                -- content/documents/nd-2.md --
                ---
                number: 2/2020/NĐ-CP
                type: decree
                title: Thử
                issuer: Chính phủ
                issued: 2020-01-01
                status: in-force
                ---
                -- content/documents/nd-2-ban-sao.md --
                ---
                number: 2/2020/NĐ-CP
                type: decree
                title: Thử
                issuer: Chính phủ
                issued: 2020-01-01
                status: amended
                amended_by: [9/2099/NĐ-CP]
                ---
                -- content/decisions/qd-300-2025.md --
                ---
                number: 300/QĐ-BHXH
                title: Thực hiện Nghị định
                issued: 2025-01-02
                issuer: BHXH Việt Nam
                implements: [3/2020/NĐ-CP]
                ---
                """)
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/decisions/qd-300-2025.md:6:14: error: 'implements' names document '3/2020/NĐ-CP', but no file in 'content/documents/' has that 'number'; write the document's number as signed, or create it with 'build-site new document'",
                "content/documents/nd-1.md:3:1: error: 'type' must be one of 'law', 'decree', 'circular', 'decision', 'resolution', 'other', found 'decreee'; did you mean 'decree'?",
                "content/documents/nd-1.md:7:1: error: 'effective' must not be before 'issued'",
                "content/documents/nd-1.md:8:1: error: 'expired_on' is required when 'status' is 'replaced'",
                "content/documents/nd-1.md:8:1: error: 'replaced_by' is required when 'status' is 'replaced'",
                "content/documents/nd-1.md:9:1: error: 'official_url' must be an https address like https://dichvucong.gov.vn/..., found 'http://vanban.chinhphu.vn'",
                "content/documents/nd-2-ban-sao.md:8:14: error: 'amended_by' names document '9/2099/NĐ-CP', but no file in 'content/documents/' has that 'number'; write the document's number as signed, or create it with 'build-site new document'",
                "content/documents/nd-2.md:2:1: error: 'number' '2/2020/NĐ-CP' is already used by content/documents/nd-2-ban-sao.md",
            ])
    }
}
