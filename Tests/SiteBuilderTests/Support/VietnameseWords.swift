import Foundation

/// Finds words of a message's Vietnamese text that are not Vietnamese: every word must be a
/// Vietnamese syllable, an acronym (`BHXH`, `YAML`) or one of a few names of programs and
/// keys; key names, values and examples in quotes or backticks, placeholders, addresses and
/// names with dots, dashes or slashes (`content/site.yml`, `build-site`, `UTF-8`) are skipped.
enum VietnameseWords {
    /// Names an editor meets as they are, in Vietnamese too.
    static let names: Set<String> = [
        "Markdown", "Tab", "Ctrl", "Enter", "Notepad", "Word", "Excel", "Windows", "Save", "As", "Encoding", "Plain", "Text", "File",
        "Unicode", "mailto", "https", "http", "pid",
    ]

    /// English words that happen to spell a Vietnamese syllable without tone marks.
    static let englishLookalikes: Set<String> = [
        "a", "the", "to", "not", "on", "in", "an", "can", "than", "then", "be", "at", "it", "no", "so", "go", "he", "we", "me", "by", "of",
        "or", "is", "this", "that", "one", "main", "long", "bang",
    ]

    static func foreignWords(in text: String) -> [String] {
        var rest = text
        for pattern in ["'[^']*'", "`[^`]*`", "\\{[^}]*\\}", "https?://\\S+", "--[a-z-]+", "[^\\s,;:()]*[-./_][^\\s,;:()]*"] {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = rest.components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }
        return words.filter { word in
            if names.contains(word) { return false }
            if word.count >= 2 && word.allSatisfy({ $0.isUppercase }) { return false }
            if englishLookalikes.contains(word.lowercased()) { return true }
            return !isSyllable(word.lowercased())
        }
    }

    private static let onsets = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
    private static let nuclei = [
        "iêu", "oai", "oay", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "yêu", "oao", "oeo", "uyu",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ",
        "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    ].joined(separator: "|")
    private static let syllable = try! NSRegularExpression(pattern: "^(\(onsets))?(\(nuclei))(ch|nh|ng|c|m|n|p|t)?$")

    /// Whether `word` (lower case) is a Vietnamese syllable: its tone mark taken off, an onset,
    /// a vowel nucleus and a final consonant from the language's inventory.
    static func isSyllable(_ word: String) -> Bool {
        let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        let scalars = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !toneMarks.contains($0) }
        let bare = String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
        return syllable.firstMatch(in: bare, range: NSRange(bare.startIndex..., in: bare)) != nil
    }
}
