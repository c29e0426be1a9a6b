/// The words a procedure is found by — code, name, field, agencies, subjects, keywords —
/// folded (lowercase, no diacritics, `đ` as `d`) and each kept once, in order. The search
/// script and the catalogue filter fold the query the same way.
enum SearchText {
    static func of(_ procedure: Procedure) -> String {
        words(in: [procedure.code, procedure.title, procedure.field] + procedure.agencies + procedure.subjects + procedure.keywords)
    }

    /// The folded words of these texts, each once, in order, joined by spaces.
    static func words(in sources: [String]) -> String {
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
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return characterWords(of: folded) }
        // Folded text is nearly always ASCII, where letters and digits are bytes.
        func isWordByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
        }
        let bytes = folded.utf8
        var words: [Substring] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard isWordByte(bytes[index]), bytes[index] != UInt8(ascii: ".") else {
                index = bytes.index(after: index)
                continue
            }
            let start = index
            var last = index
            while index < bytes.endIndex, isWordByte(bytes[index]) {
                if bytes[index] != UInt8(ascii: ".") { last = index }
                index = bytes.index(after: index)
            }
            words.append(folded[start..<bytes.index(after: last)])  // by bytes: `...` would step a character
        }
        return words
    }

    /// `words(of:)` for any text, by `Character`.
    static func characterWords(of folded: String) -> [Substring] {
        folded.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") }).compactMap { word in
            let trimmed = word.drop(while: { $0 == "." })
            guard let last = trimmed.lastIndex(where: { $0 != "." }) else { return nil }
            return trimmed[...last]
        }
    }
}
