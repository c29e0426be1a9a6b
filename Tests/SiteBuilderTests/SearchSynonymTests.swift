import Foundation
import Testing

@testable import SiteBuilder

/// `content/search-synonyms.yml`: the editors' additions to the search's vocabulary, checked
/// like every content file and written into the search index after build-site's own.
@Suite("search synonyms")
struct SearchSynonymTests {
    static let editors = """
        synonyms:
          - same: [BHXH tự nguyện, bảo hiểm xã hội tự nguyện]
          - from: [giấy khai sinh, khai sinh]
            to: sinh con
          - same: [bhxh, Bảo hiểm xã hội]
        """

    private func synonyms(in site: SiteFixture) throws -> [String: [[String]]] {
        let index = try #require(try JSONSerialization.jsonObject(with: Data(site.output("tim-kiem/chi-muc.json").utf8)) as? [String: Any])
        return try #require(index["synonyms"] as? [String: [[String]]])
    }

    @Test("the index carries the defaults, then the editors' entries, each repeated one once")
    func merged() throws {
        let site = try SiteFixture(Fixtures.smallSite + "\n-- content/search-synonyms.yml --\n" + Self.editors + "\n")
        defer { site.delete() }
        try site.build()
        let written = try synonyms(in: site)
        let same = try #require(written["same"])
        let oneWay = try #require(written["oneWay"])
        #expect(same.first == ["BHXH", "bảo hiểm xã hội"])
        #expect(same.last == ["BHXH tự nguyện", "bảo hiểm xã hội tự nguyện"])
        // `bhxh, Bảo hiểm xã hội` folds to a default entry: not written twice.
        #expect(same.filter { $0.map(SearchSynonym.folded) == ["bhxh", "bao hiem xa hoi"] }.count == 1)
        #expect(oneWay.contains(["làm lại", "cấp lại"]))
        #expect(oneWay.last == ["giấy khai sinh", "khai sinh", "sinh con"])
    }

    @Test("without the file, the index carries build-site's defaults")
    func defaults() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let written = try synonyms(in: site)
        #expect(written["same"] == DefaultSearchSynonyms.all.filter { $0.kind == .same }.map(\.phrases))
        #expect(written["oneWay"] == DefaultSearchSynonyms.all.filter { $0.kind == .oneWay }.map(\.phrases))
    }

    @Test("every mistake in the file is reported with its line, in one build")
    func mistakes() throws {
        let file = """
            synonyms:
              - same: [BHXH]
              - same: [a, b]
                to: c
              - from: [mất]
              - same: [ok, "…"]
              - to: cấp lại
            extra: 1
            """
        let site = try SiteFixture(Fixtures.smallSite + "\n-- content/search-synonyms.yml --\n" + file + "\n")
        defer { site.delete() }
        let path = "content/search-synonyms.yml"
        #expect(
            site.diagnostics() == [
                "\(path):2:5: error: 'same' lists one phrase; list at least two phrases that mean the same, e.g. 'same: [BHXH, bảo hiểm xã hội]'",
                "\(path):3:5: error: this synonym entry has both 'same' and 'from'/'to'; write 'same: [a, b]' for words that mean each other, or 'from: [a]' with 'to: b' for words that mean b, in two entries",
                "\(path):5:5: error: missing required key 'synonyms[3].to'; add it after 'synonyms[3].from', e.g. 'to: ...'",
                "\(path):6:16: error: the synonym '…' has no letter or digit, so no search can type it; write a word or remove it",
                "\(path):7:5: error: missing required key 'synonyms[5].from'",
                "\(path):8:1: error: 'extra' is not a key here (only free pages have one); the keys are 'synonyms'",
            ])
    }

    @Test("a rebuild after an edit of the synonyms alone writes them into the index")
    func rebuild() throws {
        let site = try SiteFixture(Fixtures.smallSite + "\n-- content/search-synonyms.yml --\n" + Self.editors + "\n")
        defer { site.delete() }
        try site.build()
        let first = try site.output("tim-kiem/chi-muc.json")
        try site.build()
        #expect(try site.output("tim-kiem/chi-muc.json") == first, "byte-identical rebuild")
        try site.write(Self.editors.replacingOccurrences(of: "to: sinh con", with: "to: thai sản"), to: "content/search-synonyms.yml")
        try site.build()
        let oneWay = try #require(try synonyms(in: site)["oneWay"])
        #expect(oneWay.last == ["giấy khai sinh", "khai sinh", "thai sản"])
    }
}
