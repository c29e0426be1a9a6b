extension SearchSynonym {
    /// `content/search-synonyms.yml`: a `synonyms:` list whose entries are either
    /// `same: [phrase, phrase, …]` or `from: [phrase, …]` with `to: phrase`.
    static func decodeList(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> [SearchSynonym] {
        ListFile.decode(file, key: "synonyms", into: &diagnostics) { item in decode(&item) }
    }

    private static func decode(_ item: inout FrontMatterReader) -> SearchSynonym? {
        let location = item.location(of: "")
        let hasSame = item.has("same")
        let hasFrom = item.has("from") || item.has("to")
        item.reportUnknownKeys(allowed: ["same", "from", "to"])
        guard hasSame != hasFrom else {
            item.report(.searchSynonymShape(both: hasSame), at: location)
            return nil
        }
        func searchable(_ phrases: [String], key: String) -> [String] {
            for (index, phrase) in phrases.enumerated() where folded(phrase).isEmpty {
                item.report(.searchSynonymWithoutWords(phrase: phrase), at: item.location(of: "\(key)[\(index + 1)]"))
            }
            return phrases.filter { !folded($0).isEmpty }
        }
        if hasSame {
            let written = item.strings("same", required: true)
            let phrases = searchable(written, key: "same")
            guard phrases.count >= 2 else {
                // A phrase without words is reported above, and is not counted twice.
                if written.count == 1 { item.report(.searchSynonymTooFew, at: item.location(of: "same")) }
                return nil
            }
            return SearchSynonym(kind: .same, phrases: phrases, location: item.location(of: "same"))
        }
        let from = searchable(item.strings("from", required: true, acceptsSingle: true), key: "from")
        let to = item.requiredString("to")
        if let to, folded(to).isEmpty { item.report(.searchSynonymWithoutWords(phrase: to), at: item.location(of: "to")) }
        guard !from.isEmpty, let to, !folded(to).isEmpty else { return nil }
        return SearchSynonym(kind: .oneWay, phrases: from + [to], location: item.location(of: "from"))
    }
}
