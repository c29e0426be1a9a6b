/// One field, however its files write it: the national catalogue writes `Thi đua – Khen
/// thưởng`, `Thi đua, khen thưởng` and `Thi đua khen thưởng` for one field. Spellings that
/// make one page address (they differ only in accents, case, spacing or punctuation) are one
/// field, shown as most files write it; among equals, as the file of the lowest procedure
/// code writes it, so that adding a file far down the list never renames a field.
///
/// Made once a build from every procedure: the field pages, the catalogue's groups and
/// filters, the Decree 42 list, the search index and procedure pages all show a field as
/// this says; validation warns each file written another way. Spellings that make different
/// addresses are different fields, never merged.
struct FieldSpellings: Sendable, Equatable {
    /// The spelling the site shows, by each other spelling some file writes.
    let shownAs: [String: String]
    /// How many files write each spelling of the fields written more than one way.
    let fileCounts: [String: Int]

    init(shownAs: [String: String], fileCounts: [String: Int] = [:]) {
        self.shownAs = shownAs
        self.fileCounts = fileCounts
    }

    init(_ procedures: [ContentDocument<Procedure>]) {
        // Each field's address is made once, though tens of thousands of procedures name a
        // few dozen fields.
        var slugs: [String: String] = [:]
        var byAddress: [String: [String: (count: Int, lowestCode: String)]] = [:]
        for document in procedures {
            let field = document.metadata.field
            let slug =
                slugs[field]
                ?? {
                    let slug = VietnameseText.slug(field)
                    slugs[field] = slug
                    return slug
                }()
            // A field without letters or digits has no address: validation refuses it.
            guard !slug.isEmpty else { continue }
            let code = document.metadata.code
            let tally = byAddress[slug, default: [:]][field] ?? (0, code)
            byAddress[slug, default: [:]][field] = (tally.count + 1, min(tally.lowestCode, code))
        }
        var shownAs: [String: String] = [:]
        var fileCounts: [String: Int] = [:]
        for spellings in byAddress.values where spellings.count > 1 {
            // Most files first, then the lowest code; the text itself only for duplicate codes,
            // which validation refuses anyway.
            let ranked = spellings.sorted { lhs, rhs in
                if lhs.value.count != rhs.value.count { return lhs.value.count > rhs.value.count }
                if lhs.value.lowestCode != rhs.value.lowestCode { return lhs.value.lowestCode < rhs.value.lowestCode }
                return lhs.key.unicodeScalars.lexicographicallyPrecedes(rhs.key.unicodeScalars)
            }
            for (spelling, tally) in ranked {
                fileCounts[spelling] = tally.count
                if spelling != ranked[0].key { shownAs[spelling] = ranked[0].key }
            }
        }
        self.init(shownAs: shownAs, fileCounts: fileCounts)
    }

    /// The spelling the site shows for a field written `field`.
    func shown(_ field: String) -> String { shownAs[field] ?? field }

    /// Every spelling of `field`'s field with how many files write it; empty for a field
    /// written one way.
    func spellings(of field: String) -> [String: Int] {
        let shown = shown(field)
        return fileCounts.filter { self.shown($0.key) == shown }
    }
}
