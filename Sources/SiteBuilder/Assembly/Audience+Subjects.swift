import Foundation

extension Audience {
    /// Folded words that mark a subject as an organization; any other subject is a person.
    private static let organizationWords = [
        "doanh nghiep", "to chuc", "co quan", "don vi", "co so", "hop tac xa", "htx", "nguoi su dung lao dong",
    ]

    static func of(_ subjects: [String]) -> [Audience] {
        var found: Set<Audience> = []
        for subject in subjects {
            let folded = VietnameseText.folded(subject)
            found.insert(organizationWords.contains { contains(folded, $0) } ? .organization : .citizen)
        }
        return allCases.filter(found.contains)
    }

    /// Whether the folded text contains the word: by bytes when the text is ASCII, as folded
    /// text nearly always is (Foundation's search costs more than the rest of the catalogue row).
    private static func contains(_ folded: String, _ word: String) -> Bool {
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return folded.contains(word) }
        return Array(folded.utf8).containsBytes(Array(word.utf8))
    }
}
