import Foundation
import Testing

@testable import SiteBuilder

/// What YAML reads otherwise than the editor meant, without an error of its own, is warned
/// at its line with what to write instead.
@Suite("nothing lost in silence")
struct SilentLossTests {
    private let procedure = Fixtures.procedureFile

    private func diagnostics(_ text: String, path: String = "content/procedures/2.000740.md", in language: Language = .en) -> [String] {
        var sources = ContentSources()
        sources.siteSettings = SourceFile(path: "content/site.yml", text: "title: T\nagency: A\nbase_url: https://x.vn\nlanguage: vi\n")
        let file = SourceFile(path: path, text: ContentLoader.normalize(text))
        switch path.split(separator: "/")[1] {
        case "decisions": sources.decisions = [file]
        case "feedback": sources.feedback = [file]
        case "pages": sources.pages = [file]
        case "documents": sources.documents = [file]
        case "news": sources.news = [file]
        default: sources.procedures = [file]
        }
        return ContentDecoder().decode(sources).1.sorted().map { $0.line(in: language) }
    }

    @Test("a plain value cut by ' #' is warned at the '#', with the value quoted as it should be")
    func hashInPlainValue() {
        let text = procedure.replacingOccurrences(of: "title: Chuyển lĩnh", with: "title: Cấp lại sổ BHXH mẫu #2")
        #expect(
            diagnostics(text) == [
                "content/procedures/2.000740.md:3:28: warning: 'title' is published as 'Cấp lại sổ BHXH mẫu': YAML reads a space and '#' as the start of a comment and drops the rest; put the value in quotes: title: \"Cấp lại sổ BHXH mẫu #2\""
            ])
        let item = procedure.replacingOccurrences(of: "time: 01 ngày làm việc", with: "time: 01 ngày # làm việc")
        #expect(
            diagnostics(item) == [
                "content/procedures/2.000740.md:11:19: warning: 'channels[1].time' is published as '01 ngày': YAML reads a space and '#' as the start of a comment and drops the rest; put the value in quotes: time: \"01 ngày # làm việc\""
            ])
    }

    @Test("each warning is said in Vietnamese by default")
    func vietnamese() {
        func said(_ text: String) -> [String] { diagnostics(text, in: .vi) }
        #expect(
            said(procedure.replacingOccurrences(of: "time: 01 ngày làm việc", with: "time: 01 ngày # làm việc")) == [
                "content/procedures/2.000740.md:11:19: cảnh báo: 'channels[1].time' được công bố thành '01 ngày': YAML coi một dấu cách và dấu '#' là chỗ bắt đầu lời ghi chú nên bỏ phần còn lại; hãy đặt giá trị trong ngoặc kép: time: \"01 ngày # làm việc\""
            ])
        #expect(
            said(procedure.replacingOccurrences(of: "title: Chuyển lĩnh", with: "title: “Chuyển lĩnh”")) == [
                "content/procedures/2.000740.md:3:8: cảnh báo: 'title' nằm trong dấu ngoặc kép cong, mà dấu ngoặc này được công bố như một phần của giá trị ('“Chuyển lĩnh”'); hãy dùng ngoặc kép thẳng hoặc bỏ ngoặc: title: \"Chuyển lĩnh\""
            ])
        #expect(
            said(procedure.replacingOccurrences(of: "agency: Bảo hiểm xã hội cấp huyện", with: "# agency: \"\"")).contains(
                "content/procedures/2.000740.md:6:1: cảnh báo: 'agency' là khóa bắt buộc nhưng dòng này là lời ghi chú; hãy xóa dấu '#' ở đầu dòng và điền giá trị"
            ))
    }

    @Test("a comment after an allowed value, after a quoted value or set apart as the scaffolds write it is not warned")
    func legitimateComments() {
        let text =
            procedure
            .replacingOccurrences(of: "online: none", with: "online: none # chưa có dịch vụ công")
            .replacingOccurrences(of: "method: in-person", with: "method: in-person  #tại quầy")
            .replacingOccurrences(of: "title: Chuyển lĩnh", with: "title: \"Chuyển lĩnh #2\" # mẫu mới")
            .replacingOccurrences(
                of: "agency: Bảo hiểm xã hội cấp huyện", with: "agency: Bảo hiểm xã hội cấp huyện     # Cơ quan thực hiện"
            )
            .replacingOccurrences(of: "levels: [district]", with: "levels: [district]  # cấp\n# title_en: \"\"  # English")
        #expect(diagnostics(text) == [])
        for kind in ScaffoldKind.allCases {
            let name =
                [
                    ScaffoldKind.decision: "1/QĐ-BHXH", .procedure: "2.000740", .serviceIndex: "2025", .report: "2025",
                    .document: "41/2024/QH15",
                ][kind] ?? "x-1"
            let scaffold = try? Scaffold.make(kind, name).get()
            #expect(scaffold != nil, "\(kind)")
            // The data files (YAML alone) have no front matter to decode here.
            guard let scaffold, scaffold.path.hasSuffix(".md") else { continue }
            let warnings = diagnostics(scaffold.text, path: scaffold.path).filter { $0.contains("warning:") }
            #expect(warnings == [], "\(kind)")
        }
    }

    @Test("a value in typographic quotes is warned at the value, for each kind of quotes")
    func typographicQuotes() {
        for (open, close) in [("“", "”"), ("„", "“"), ("‘", "’"), ("«", "»")] {
            let text = procedure.replacingOccurrences(of: "title: Chuyển lĩnh", with: "title: \(open)Chuyển lĩnh\(close)")
            #expect(
                diagnostics(text) == [
                    "content/procedures/2.000740.md:3:8: warning: 'title' is wrapped in typographic quotes, which are published as part of it ('\(open)Chuyển lĩnh\(close)'); use straight quotes or none: title: \"Chuyển lĩnh\""
                ])
        }
        let inList = procedure.replacingOccurrences(of: "subjects: [Người hưởng]", with: "subjects:\n  - “Người hưởng”")
        #expect(
            diagnostics(inList) == [
                "content/procedures/2.000740.md:8:5: warning: 'subjects[1]' is wrapped in typographic quotes, which are published as part of it ('“Người hưởng”'); use straight quotes or none: subjects[1]: \"Người hưởng\""
            ])
        let inside = procedure.replacingOccurrences(of: "title: Chuyển lĩnh", with: "title: Chuyển lĩnh “nhanh”")
        #expect(diagnostics(inside) == [], "quotes inside a value are the editor's")
    }

    @Test("a required key left commented out is pointed at, beside the missing-key error")
    func commentedOutKey() {
        let text = procedure.replacingOccurrences(of: "agency: Bảo hiểm xã hội cấp huyện", with: "# agency: \"Bảo hiểm xã hội cấp huyện\"")
        let found = diagnostics(text)
        #expect(
            found.contains(
                "content/procedures/2.000740.md:6:1: warning: 'agency' is required but this line is a comment; remove the '#' at its start and fill in the value"
            ))
        #expect(found.filter { $0.contains("error:") }.count == 1, "\(found)")
        let optional = procedure.replacingOccurrences(of: "online: none", with: "online: none\n# online_url: \"\"")
        #expect(diagnostics(optional) == [], "an optional key may stay commented out")
    }

    @Test("a decision whose file name's year is not its issued year is warned at 'issued', naming the file to rename to")
    func decisionYear() {
        let decision = """
            ---
            number: 99/QĐ-BTC
            title: Công bố
            issued: 2025-12-30
            issuer: Bộ Tài chính
            ---
            """
        #expect(
            diagnostics(decision, path: "content/decisions/qd-99-2026-btc.md") == [
                "content/decisions/qd-99-2026-btc.md:4:1: warning: the file name says 2026 but 'issued' is in 2025, so the decision's address shows the wrong year; rename the file to 'qd-99-2025-btc.md', or correct 'issued'"
            ])
        #expect(diagnostics(decision, path: "content/decisions/qd-99-2025-btc.md") == [])
        #expect(diagnostics(decision, path: "content/decisions/quyet-dinh-99.md") == [], "a name without a year says nothing")
    }
}
