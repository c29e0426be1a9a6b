import Foundation
import Testing

@testable import SiteBuilder

/// The example files of the editor's guide (`docs/huong-dan-bien-tap.md`, and its English twin
/// `docs/editor-guide.md`) cannot rot: each fenced block right after an `<!-- example: path -->`
/// comment is the whole text of the file at `path`, and it must build on the sample site; the
/// Vietnamese and the English guide must show the very same files.
///
/// `<!-- example-attachment: path -->` names a file the guide tells editors to copy in (a signed
/// decision); the test puts a stand-in there.
@Suite("Editor's guide examples")
struct GuideExampleTests {
    /// The two guides, each a file of its own.
    enum GuideLanguage: String, CaseIterable, Sendable, CustomStringConvertible {
        case vietnamese = "docs/huong-dan-bien-tap.md"
        case english = "docs/editor-guide.md"

        var description: String { self == .vietnamese ? "Vietnamese" : "English" }
    }

    struct Example: Sendable {
        let path: String
        /// The block's lines, each ending in a newline: the file as an editor would save it.
        let text: String
        /// Where the marker is, as `file:line`, for messages.
        let place: String
    }

    /// What one guide shows.
    struct Guide: Sendable {
        let text: String
        var examples: [Example] = []
        var attachments: [String] = []
        /// Markers the test cannot use, each with its line.
        var problems: [String] = []
    }

    static let exampleMarker = (prefix: "<!-- example: ", suffix: " -->")
    static let attachmentMarker = (prefix: "<!-- example-attachment: ", suffix: " -->")

    static func guide(_ language: GuideLanguage) throws -> Guide {
        let url = SiteFixture.packageRoot.appendingPathComponent(language.rawValue)
        return parse(try String(contentsOf: url, encoding: .utf8), file: language.rawValue)
    }

    /// Walks a guide once, skipping over fenced blocks so that a marker shown inside an example
    /// is never taken for one.
    static func parse(_ text: String, file: String) -> Guide {
        var guide = Guide(text: text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let fence = openingFence(line) {
                index = closingLine(of: fence, in: lines, after: index).map { $0 + 1 } ?? lines.count
                continue
            }
            if let path = marked(line, by: attachmentMarker) {
                guide.attachments.append(path)
            }
            guard let path = marked(line, by: exampleMarker) else {
                index += 1
                continue
            }
            guard index + 1 < lines.count, let fence = openingFence(lines[index + 1]) else {
                guide.problems.append("\(file):\(index + 1): the example of \(path) is not followed by a fenced block")
                index += 1
                continue
            }
            guard let close = closingLine(of: fence, in: lines, after: index + 1) else {
                guide.problems.append("\(file):\(index + 2): the example of \(path) is never closed")
                break
            }
            let body = lines[(index + 2)..<close].map { $0 + "\n" }.joined()
            guide.examples.append(Example(path: path, text: body, place: "\(file):\(index + 1)"))
            index = close + 1
        }
        return guide
    }

    private static func marked(_ line: String, by marker: (prefix: String, suffix: String)) -> String? {
        let line = line.trimmingCharacters(in: .whitespaces)
        guard line.hasPrefix(marker.prefix), line.hasSuffix(marker.suffix) else { return nil }
        let path = line.dropFirst(marker.prefix.count).dropLast(marker.suffix.count)
        return path.isEmpty ? nil : String(path)
    }

    /// The fence's character and length, when `line` opens a fenced block.
    private static func openingFence(_ line: String) -> (character: Character, count: Int)? {
        let trimmed = line.drop { $0 == " " }
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let count = trimmed.prefix { $0 == first }.count
        return count >= 3 ? (first, count) : nil
    }

    private static func closingLine(of fence: (character: Character, count: Int), in lines: [String], after opening: Int) -> Int? {
        lines.indices.dropFirst(opening + 1).first { index in
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            return trimmed.count >= fence.count && trimmed.allSatisfy { $0 == fence.character }
        }
    }

    /// A copy of the sample site in `content/`, with the repository's theme.
    static func sampleSite() throws -> SiteFixture {
        let site = try SiteFixture("", withTheme: true)
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        return site
    }

    /// Writes the guide's example files over the site, and a stand-in for each attachment it
    /// tells editors to copy in.
    static func install(_ guide: Guide, in site: SiteFixture, except skipped: Set<String> = []) throws {
        for path in guide.attachments {
            try site.write("stand-in for the signed document the guide tells editors to copy here\n", to: path)
        }
        for example in guide.examples where !skipped.contains(example.path) {
            try site.write(example.text, to: example.path)
        }
    }

    /// The first line where two texts differ, for a readable failure.
    private static func firstDifference(_ one: String, _ other: String) -> String {
        let lines = (
            one.split(separator: "\n", omittingEmptySubsequences: false), other.split(separator: "\n", omittingEmptySubsequences: false)
        )
        for index in 0..<max(lines.0.count, lines.1.count) {
            let left = index < lines.0.count ? String(lines.0[index]) : "(no line)"
            let right = index < lines.1.count ? String(lines.1[index]) : "(no line)"
            if Array(left.utf8) != Array(right.utf8) { return "line \(index + 1): \"\(left)\" / \"\(right)\"" }
        }
        return "same lines, different bytes"
    }

    @Test("the Vietnamese and the English guide show the same example files, byte for byte")
    func sameExamplesInBothLanguages() throws {
        let vietnamese = try Self.guide(.vietnamese)
        let english = try Self.guide(.english)
        #expect(vietnamese.problems.isEmpty, "\(vietnamese.problems.joined(separator: "\n"))")
        #expect(english.problems.isEmpty, "\(english.problems.joined(separator: "\n"))")
        #expect(!vietnamese.examples.isEmpty, "the Vietnamese guide has no marked example")

        var byLanguage: [GuideLanguage: [String: Example]] = [:]
        for (language, guide) in [(GuideLanguage.vietnamese, vietnamese), (.english, english)] {
            let paths = guide.examples.map(\.path)
            #expect(Set(paths).count == paths.count, "the \(language) guide shows a file twice: \(paths)")
            byLanguage[language] = Dictionary(guide.examples.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let vietnameseFiles = byLanguage[.vietnamese] ?? [:]
        let englishFiles = byLanguage[.english] ?? [:]
        #expect(
            Set(vietnameseFiles.keys) == Set(englishFiles.keys),
            "only in Vietnamese: \(Set(vietnameseFiles.keys).subtracting(englishFiles.keys).sorted()); only in English: \(Set(englishFiles.keys).subtracting(vietnameseFiles.keys).sorted())"
        )
        for (path, example) in vietnameseFiles.sorted(by: { $0.key < $1.key }) {
            guard let other = englishFiles[path] else { continue }
            let identical = Array(example.text.utf8) == Array(other.text.utf8)
            #expect(
                identical,
                "\(path) differs between \(example.place) and \(other.place), \(Self.firstDifference(example.text, other.text))"
            )
        }
        #expect(Set(vietnamese.attachments) == Set(english.attachments), "\(vietnamese.attachments) / \(english.attachments)")
    }

    @Test("every example file of a guide builds on the sample site with no error and no warning", arguments: GuideLanguage.allCases)
    func examplesBuild(_ language: GuideLanguage) throws {
        let guide = try Self.guide(language)
        let site = try Self.sampleSite()
        defer { site.delete() }
        // The allow-list example releases a text the examples do not hold: its own test adds it.
        try Self.install(guide, in: site, except: [PersonalDataGuard.allowListPath])
        do {
            let report = try SiteBuilder(configuration: BuildConfiguration(root: site.root)).build()
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
            #expect(report.completeProcedureCount == report.procedureCount)
        } catch {
            Issue.record("the \(language) guide's examples do not build:\n\(error.diagnostics.map(\.description).joined(separator: "\n"))")
            return
        }
        for example in guide.examples {
            guard let page = Self.page(publishedFrom: example.path) else { continue }
            #expect(site.outputExists(page), "\(example.path) (\(example.place)) published no \(page)")
        }
    }

    @Test("the allow-list example releases the text it names, which the guide shows refused as personal data without it")
    func allowListExample() throws {
        let guide = try Self.guide(.vietnamese)
        let allowList = try #require(guide.examples.first { $0.path == PersonalDataGuard.allowListPath })
        let feedback = try #require(guide.examples.first { $0.path.hasPrefix("content/feedback/") })
        let texts = allowList.text.split(separator: "\n").compactMap { line -> String? in
            let line = line.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("- text: \""), line.hasSuffix("\"") else { return nil }
            return String(line.dropFirst("- text: \"".count).dropLast())
        }
        let text = try #require(texts.first, "no '- text: \"…\"' line in the allow-list example")
        // The sentence the guide adds at the end of its feedback example, as a paragraph of its own.
        let sentence = "Nội dung đã được trao đổi với \(text) sư thành phố Hà Nội."
        #expect(guide.text.contains("`\(sentence)`"), "the guide no longer shows the sentence \(sentence)")

        let site = try Self.sampleSite()
        defer { site.delete() }
        try Self.install(guide, in: site, except: [allowList.path])
        try site.write(feedback.text + "\n" + sentence + "\n", to: feedback.path)
        let refused = site.diagnostics(in: .vi)
        #expect(refused.count == 1, "\(refused)")
        if let message = refused.first {
            #expect(message.hasPrefix(feedback.path + ":"), "\(message)")
            #expect(
                guide.text.contains(message),
                "\(GuideLanguage.vietnamese.rawValue) does not show the message as the build prints it: \(message)")
        }

        try site.write(allowList.text, to: allowList.path)
        do {
            let report = try SiteBuilder(configuration: BuildConfiguration(root: site.root)).build()
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        } catch {
            Issue.record("the allow-list did not release its text:\n\(error.diagnostics.map(\.description).joined(separator: "\n"))")
        }
    }

    /// The page a content file publishes, relative to `public/`.
    static func page(publishedFrom path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 3, parts[0] == "content", parts[2].hasSuffix(".md") else { return nil }
        let name = String(parts[2].dropLast(".md".count))
        switch parts[1] {
        case "procedures": return "thu-tuc/\(name)/index.html"
        case "decisions": return "quyet-dinh/\(name)/index.html"
        case "feedback": return "phan-anh-kien-nghi/\(name)/index.html"
        case "pages": return "\(name)/index.html"
        default: return nil
        }
    }
}
