extension SearchSynonym {
    /// Each phrase folded and its words joined by one space, as the search script matches.
    static func folded(_ phrase: String) -> String {
        SearchText.words(of: VietnameseText.folded(phrase)).joined(separator: " ")
    }

    /// The defaults, then the editors' entries that do not repeat one (by folded phrases).
    static func merged(defaults: [SearchSynonym], site: [SearchSynonym]) -> [SearchSynonym] {
        var seen: Set<[String]> = []
        return (defaults + site).filter { synonym in
            seen.insert([synonym.kind == .same ? "=" : ">"] + synonym.phrases.map(folded)).inserted
        }
    }
}
