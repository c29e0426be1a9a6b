/// The words a text is found by, folded (lowercase, no diacritics, `đ` as `d`) and each kept
/// once, in order. The search script and the catalogue filter fold the query the same way.
enum SearchText {
    /// The folded words of these texts, each once, in order, joined by spaces.
    ///
    /// Every procedure has one, made from a few dozen texts: they are folded into one
    /// buffer and, when it is ASCII (nearly always), cut into words by bytes.
    static func words(in sources: [String]) -> String {
        // Room for a procedure's few dozen words from the start: growing the set rehashed them.
        var seen: Set<String> = []
        seen.reserveCapacity(64)
        var result: [UInt8] = []
        var folded: [UInt8] = []
        func add(_ word: String, bytes: some Sequence<UInt8>) {
            guard seen.insert(word).inserted else { return }
            if !result.isEmpty { result.append(UInt8(ascii: " ")) }
            result += bytes
        }
        for source in sources {
            folded.removeAll(keepingCapacity: true)
            VietnameseText.fold(source, into: &folded)
            guard folded.allSatisfy({ $0 < 0x80 }) else {
                for word in characterWords(of: String(decoding: folded, as: UTF8.self)) { add(String(word), bytes: word.utf8) }
                continue
            }
            for range in wordRanges(inASCII: folded) {
                let bytes = folded[range]
                add(String(decoding: bytes, as: UTF8.self), bytes: bytes)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Runs of letters, digits and inner dots (`2.000693` stays one word).
    static func words(of folded: String) -> [Substring] {
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return characterWords(of: folded) }
        let bytes = Array(folded.utf8)
        // In ASCII text a byte offset is a character offset.
        return wordRanges(inASCII: bytes).map { range in
            let start = folded.utf8.index(folded.startIndex, offsetBy: range.lowerBound)
            return folded[start..<folded.utf8.index(start, offsetBy: range.count)]
        }
    }

    /// Where `words(of:)` finds its words in ASCII bytes, where letters and digits are bytes.
    private static func wordRanges(inASCII bytes: [UInt8]) -> [Range<Int>] {
        func isWordByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
        }
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]), bytes[index] != UInt8(ascii: ".") else {
                index += 1
                continue
            }
            let start = index
            var last = index
            while index < bytes.count, isWordByte(bytes[index]) {
                if bytes[index] != UInt8(ascii: ".") { last = index }
                index += 1
            }
            ranges.append(start..<last + 1)
        }
        return ranges
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
