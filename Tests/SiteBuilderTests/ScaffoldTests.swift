import Foundation
import Testing

@testable import SiteBuilder

/// `build-site new`: a scaffold fails the build at each value left to fill in, and builds
/// cleanly once they are filled.
@Suite("new content scaffolds")
struct ScaffoldTests {
    struct Case: Sendable, CustomStringConvertible {
        let kind: ScaffoldKind
        let argument: String
        let page: String
        /// Each empty value and what an editor would write there.
        let fills: [(placeholder: String, value: String)]
        var description: String { "\(kind.rawValue) \(argument)" }
    }

    static let cases: [Case] = [
        Case(
            kind: .procedure, argument: "2.999999", page: "thu-tuc/2.999999/index.html",
            fills: [
                ("title: \"\"", "title: \"Thủ tục thử nghiệm\""), ("field: \"\"", "field: \"Thực hiện chính sách BHXH\""),
                ("levels: []", "levels: [province]"), ("agency: \"\"", "agency: \"Bảo hiểm xã hội cấp tỉnh\""),
                ("subjects: []", "subjects: [\"Người lao động\"]"), ("online: \"\"", "online: none"),
                ("method: \"\"", "method: in-person"), ("time: \"\"", "time: \"05 ngày làm việc\""),
            ]),
        Case(
            kind: .decision, argument: "271/QĐ-BHXH", page: "quyet-dinh/qd-271-2026-bhxh/index.html",
            fills: [
                ("title: \"\"", "title: \"Về việc công bố thủ tục hành chính\""),
                ("issuer: \"\"", "issuer: \"Bảo hiểm xã hội Việt Nam\""),
            ]),
        Case(
            kind: .feedback, argument: "PAKN-2026-0099", page: "phan-anh-kien-nghi/PAKN-2026-0099/index.html",
            fills: [
                ("title: \"\"", "title: \"Đề nghị đơn giản hóa hồ sơ\""), ("received: \"\"", "received: 2026-01-05"),
                ("status: \"\"", "status: received"), ("submitter_type: \"\"", "submitter_type: individual"),
                ("agency: \"\"", "agency: \"Bảo hiểm xã hội Việt Nam\""),
            ]),
        Case(kind: .page, argument: "huong-dan", page: "huong-dan/index.html", fills: [("title: \"\"", "title: \"Hướng dẫn\"")]),
    ]

    private func sampleSite() throws -> SiteFixture {
        let site = try SiteFixture("", withTheme: true)
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        return site
    }

    private static let today = ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z")!

    @Test("an untouched scaffold fails at each value to fill in; filled in, it builds cleanly", arguments: cases)
    func scaffold(_ example: Case) throws {
        let site = try sampleSite()
        defer { site.delete() }
        let scaffold = try Scaffold.make(example.kind, example.argument, today: Self.today).get()
        let file = try scaffold.write(into: site.root)

        let errors = site.diagnostics()
        #expect(!errors.isEmpty, "an untouched scaffold must not build")
        #expect(errors.dropLast(0).allSatisfy { $0.hasPrefix(scaffold.path + ":") }, "\(errors)")
        let lines = scaffold.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (placeholder, _) in example.fills {
            let line = lines.firstIndex { $0.contains(placeholder) }.map { $0 + 1 }
            let key = String(placeholder.prefix { $0 != ":" })
            #expect(
                errors.contains { $0.hasPrefix("\(scaffold.path):\(line ?? 0):") && $0.contains(key) },
                "no error at the line of '\(placeholder)': \(errors)")
        }

        var text = scaffold.text
        for (placeholder, value) in example.fills {
            let range = try #require(text.range(of: placeholder))
            text.replaceSubrange(range, with: value)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let report = try site.build()
        #expect(report.diagnostics.filter { $0.location.path == scaffold.path }.isEmpty, "\(report.diagnostics)")
        #expect(site.outputExists(example.page))
    }

    @Test("a filled-in scaffold's page shows no heading twice: the scaffold writes none its template writes", arguments: cases)
    func noDuplicateHeading(_ example: Case) throws {
        let site = try sampleSite()
        defer { site.delete() }
        let scaffold = try Scaffold.make(example.kind, example.argument, today: Self.today).get()
        var text = scaffold.text
        for (placeholder, value) in example.fills {
            text.replaceSubrange(try #require(text.range(of: placeholder)), with: value)
        }
        try site.write(text, to: scaffold.path)
        try site.build()
        let page = try site.output(example.page)
        let headings = page.matches(of: /<h[1-6][^>]*>(.*?)<\/h[1-6]>/).map { String($0.output.1) }
        #expect(!headings.isEmpty, "\(headings)")
        let repeated = Dictionary(grouping: headings, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated == [], "headings shown twice on \(example.page)")
    }

    @Test("new decision takes --issued (default: today in Vietnam), writes it and names the file with its year")
    func issued() throws {
        let late = try Scaffold.make(.decision, "99/QĐ-BTC", issued: "2025-12-30", today: Self.today).get()
        #expect(late.path == "content/decisions/qd-99-2025-btc.md")
        #expect(late.text.contains("\nissued: 2025-12-30 "))
        // 20:00 UTC on 1 January is 2 January in Vietnam.
        let newYear = ISO8601DateFormatter().date(from: "2026-01-01T20:00:00Z")!
        let today = try Scaffold.make(.decision, "99/QĐ-BTC", today: newYear).get()
        #expect(today.path == "content/decisions/qd-99-2026-btc.md")
        #expect(today.text.contains("\nissued: 2026-01-02 "))
        #expect(
            Scaffold.make(.decision, "99/QĐ-BTC", issued: "2026-11-31", today: Self.today) == .failure(.invalidIssued(found: "2026-11-31")))
        #expect(
            Scaffold.Refusal.invalidIssued(found: "30/12/2025").description
                == "'30/12/2025' is not a date for --issued: write the day the decision was signed as YYYY-MM-DD, like 2026-03-05")
    }

    @Test("a bad name is refused with the form expected, an existing file is never written over")
    func refusals() throws {
        #expect(Scaffold.make(.procedure, "2.99", today: Self.today) == .failure(.invalidArgument(kind: .procedure, found: "2.99")))
        #expect(
            Scaffold.Refusal.invalidArgument(kind: .procedure, found: "2.99").description
                == "'2.99' is not a procedure code: write one digit, a dot and six digits, like 2.000693, or with a local suffix, like 1.012753.H19"
        )
        #expect(throws: Never.self) { try Scaffold.make(.procedure, "1.012753.H19", today: Self.today).get() }
        if case .success = Scaffold.make(.decision, "QĐ-BHXH", today: Self.today) { Issue.record("a number without digits was accepted") }
        if case .success = Scaffold.make(.feedback, "PAKN 2026", today: Self.today) { Issue.record("an id with a space was accepted") }
        if case .success = Scaffold.make(.page, "Giới-thiệu", today: Self.today) { Issue.record("a slug with accents was accepted") }
        #expect(Scaffold.make(.page, "tim-kiem", today: Self.today) == .failure(.reservedSlug("tim-kiem")))

        let site = try sampleSite()
        defer { site.delete() }
        let existing = site.root.appendingPathComponent("content/procedures/2.000693.md")
        let before = try Data(contentsOf: existing)
        let scaffold = try Scaffold.make(.procedure, "2.000693", today: Self.today).get()
        #expect(throws: Scaffold.Refusal.exists(path: "content/procedures/2.000693.md")) { try scaffold.write(into: site.root) }
        #expect(try Data(contentsOf: existing) == before)
    }
}
