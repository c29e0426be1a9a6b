import Foundation
import Testing

@testable import SiteBuilder

/// The personal-data corpus (`Fixtures/personal-data-corpus.tsv`): passages written as
/// citizens' letters and editors' answers read, each with the kind the guard must report or
/// `safe`. Every passage is a test case; one more test prints recall and false positives.
@Suite("personal data corpus")
struct PersonalDataCorpusTests {
    struct Passage: CustomTestStringConvertible, Sendable {
        let line: Int
        /// The kind the guard must report, or nil for a passage that must pass.
        let expected: PersonalDataKind?
        /// As written in the file, so a misspelled kind fails `size` instead of reading as safe.
        let label: String
        let text: String
        var testDescription: String { "line \(line): \(expected?.rawValue ?? "safe")" }
    }

    static let corpus: [Passage] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/personal-data-corpus.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.isEmpty, !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
            let expected = String(line[..<tab])
            return Passage(
                line: index + 1, expected: PersonalDataKind(rawValue: expected), label: expected,
                text: String(line[line.index(after: tab)...]))
        }
    }()

    /// The sample site's published texts, as the build passes them: its agency and contact.
    static let published = [
        "Số 7 Tràng Thi, phường Hoàn Kiếm, thành phố Hà Nội", "Bảo hiểm xã hội Việt Nam",
    ]

    static func kinds(_ text: String) -> [PersonalDataKind] {
        PersonalDataScanner.scan(Substring(text), published: published).map(\.kind)
    }

    @Test("the corpus is large enough and every expected kind is known")
    func size() {
        let leaks = Self.corpus.filter { $0.expected != nil }
        #expect(leaks.count >= 80)
        #expect(Self.corpus.count - leaks.count >= 70)
        #expect(Set(leaks.compactMap(\.expected)).count == 12)
        #expect(Self.corpus.allSatisfy { $0.expected != nil || $0.label == "safe" })
    }

    @Test("each passage gets its expected finding, or none", arguments: corpus)
    func passage(_ passage: Passage) {
        let found = Self.kinds(passage.text)
        if let expected = passage.expected {
            #expect(found.contains(expected), "\(passage.text) → \(found)")
        } else {
            #expect(found.isEmpty, "\(passage.text) → \(found)")
        }
    }

    @Test("recall on the leaks and false positives on the safe passages")
    func rates() {
        let leaks = Self.corpus.filter { $0.expected != nil }
        let safe = Self.corpus.filter { $0.expected == nil }
        let caught = leaks.filter { Self.kinds($0.text).contains($0.expected!) }.count
        let flagged = safe.filter { !Self.kinds($0.text).isEmpty }.count
        print(
            String(
                format: "personal data corpus: recall %.1f %% (%d of %d leaks), false positives %.1f %% (%d of %d safe passages)",
                100 * Double(caught) / Double(leaks.count), caught, leaks.count, 100 * Double(flagged) / Double(safe.count), flagged,
                safe.count))
        #expect(caught == leaks.count)
        #expect(Double(flagged) <= 0.03 * Double(safe.count))
    }
}
