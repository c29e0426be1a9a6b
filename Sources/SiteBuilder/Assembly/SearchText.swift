/// The words a procedure is found by — code, name, field, agencies, subjects, keywords —
/// folded (lowercase, no diacritics, `đ` as `d`) and each kept once, in order. The search
/// script and the catalogue filter fold the query the same way.
enum SearchText {
    static func of(_ procedure: Procedure) -> String {
        let sources = [procedure.code, procedure.title, procedure.field] + procedure.agencies + procedure.subjects
            + procedure.keywords
        var seen: Set<Substring> = []
        var found: [Substring] = []
        for source in sources {
            for word in words(of: VietnameseText.folded(source)) where seen.insert(word).inserted {
                found.append(word)
            }
        }
        return found.joined(separator: " ")
    }

    /// Runs of letters, digits and inner dots (`2.000693` stays one word).
    static func words(of folded: String) -> [Substring] {
        folded.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") }).compactMap { word in
            let trimmed = word.drop(while: { $0 == "." })
            guard let last = trimmed.lastIndex(where: { $0 != "." }) else { return nil }
            return trimmed[...last]
        }
    }
}
