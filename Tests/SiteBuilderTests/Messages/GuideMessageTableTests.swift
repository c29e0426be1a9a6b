import Foundation
import Testing

@testable import SiteBuilder

/// The editor's guide lists every message the tool can say about a file, in its own language,
/// exactly as the tool says it: the table between `<!-- messages:begin -->` and
/// `<!-- messages:end -->` is made from the declared messages. `RECORD_GUIDE=1 swift test
/// --filter GuideMessageTableTests` writes it anew after a message changed.
@Suite("the guide's table of messages")
struct GuideMessageTableTests {
    static let guides: [(Language, String)] = [(.vi, "docs/huong-dan-bien-tap.md"), (.en, "docs/editor-guide.md")]
    static let begin = "<!-- messages:begin -->\n", end = "<!-- messages:end -->"

    /// One row per message, with the first example of it: its id, its kind, and what the tool says.
    static func table(in language: Language) -> String {
        let header =
            language == .vi
            ? "| Mã thông báo | Loại | Công cụ in ra (ví dụ) |\n|---|---|---|\n"
            : "| Message id | Kind | What the tool prints (an example) |\n|---|---|---|\n"
        var seen: Set<Message> = []
        let rows = ProblemExamples.all.compactMap { problem -> String? in
            guard case let message = problem.localized, seen.insert(message.message).inserted else { return nil }
            let text = message.text(in: language).replacingOccurrences(of: "|", with: "\\|")
            let code = text.contains("`") ? "`` \(text) ``" : "`\(text)`"
            return
                "| `\(message.id)` | \(problem.severity == .error ? Diagnostic.Severity.error.word(in: language) : Diagnostic.Severity.warning.word(in: language)) | \(code) |"
        }
        return header + rows.joined(separator: "\n") + "\n"
    }

    @Test("each guide's table is the declared messages, in the guide's language", arguments: guides.map(\.1))
    func tableIsCurrent(path: String) throws {
        let language = Self.guides.first { $0.1 == path }!.0
        let url = SiteFixture.packageRoot.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "\(path) has no \(Self.begin)")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let expected = Self.table(in: language)
        if ProcessInfo.processInfo.environment["RECORD_GUIDE"] == "1" {
            try (text[..<start.upperBound] + expected + text[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(text[start.upperBound..<stop.lowerBound]) == expected, "run RECORD_GUIDE=1 swift test --filter GuideMessageTableTests")
    }
}
