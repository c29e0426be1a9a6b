/// One word or number of a line, as the name and address rules read it: where it stands,
/// how it is written, and what stands between it and the word before.
struct LineWord: Sendable {
    /// As written (compatibility-normalized).
    let text: String
    /// Lowercased, accents kept: what the word lists compare.
    let lower: String
    /// Index of its first character in the line, and one past its last.
    let start: Int
    let end: Int
    /// Characters between the previous word and this one (`", "`, `": "`, `" "`).
    let gapBefore: String
    /// Starts with a digit: `12`, `9A`, `25/3`.
    let isNumber: Bool
    /// Starts with a capital letter.
    let isCapitalised: Bool
    /// Written with no accent at all, so it may stand for an accented word (`Nguyen`).
    let isPlain: Bool
    /// The whole line is written without accents (`dia chi: so 7 ngo 180`), so any of its
    /// words may stand for an accented one; in an accented line, `Minh` is not `mình`.
    let lineIsPlain: Bool

    /// Whether the word is `word` (lowercase, accented); a word written without accents also
    /// matches the accent-free form, so `Tran` is `trần` but `Tổ` is never `tô`.
    func isWord(_ word: String) -> Bool {
        lower == word || (lineIsPlain && lower == VietnameseText.folded(word))
    }

    /// Splits a line into words: letters (with an apostrophe inside, `H'Nhi`) and numbers
    /// (with a slash between digits, `25/3`); everything else is a gap.
    static func words(in characters: [Character]) -> [LineWord] {
        var words: [LineWord] = []
        let lineIsPlain = characters.allSatisfy { $0.asciiByte != nil || $0 == "\r\n" }
        var index = 0
        var gapStart = 0
        while index < characters.count {
            guard isLetter(characters[index]) || characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count {
                let character = characters[index]
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if isLetter(character) || character.isASCIIDigit {
                    index += 1
                } else if character == "'" || character == "’", isLetter(next), index > start {
                    index += 1
                } else if character == "/", next.isASCIIDigit, characters[index - 1].isASCIIDigit {
                    index += 1
                } else {
                    break
                }
            }
            let text = Self.string(characters[start..<index])
            let isPlain = text.utf8.allSatisfy { $0 < 0x80 }
            let gap = start - gapStart == 1 && characters[gapStart] == " " ? " " : Self.string(characters[gapStart..<start])
            words.append(
                LineWord(
                    text: text, lower: isPlain && !text.utf8.contains(where: { (65...90).contains($0) }) ? text : text.lowercased(),
                    start: start, end: index, gapBefore: gap, isNumber: characters[start].isASCIIDigit,
                    isCapitalised: isUppercase(characters[start]), isPlain: isPlain,
                    lineIsPlain: lineIsPlain))
            gapStart = index
        }
        return words
    }
}

extension LineWord {
    /// `Character.isLetter` (its first scalar is alphabetic), read off the first byte when that
    /// is ASCII: most are.
    static func isLetter(_ character: Character) -> Bool {
        let first = character.utf8.first!
        return first < 0x80 ? (65...90).contains(first) || (97...122).contains(first) : character.isLetter
    }

    static func isUppercase(_ character: Character) -> Bool {
        if let ascii = character.asciiByte { return (65...90).contains(ascii) }
        return character.isUppercase
    }

    /// The characters as a string, appended one by one: `String(_:)` on a slice of characters
    /// goes through dynamic casts that cost more than the whole scan of a word.
    static func string(_ characters: ArraySlice<Character>) -> String {
        var text = ""
        for character in characters { text.append(character) }
        return text
    }
}

/// A list of words or phrases (lowercase, accented), matched the accent-aware way of
/// `LineWord.isWord`.
struct WordList: Sendable {
    private let accented: Set<String>
    private let plain: Set<String>
    /// Every phrase's first word (accented and plain), so most words are refused at once.
    private let firstWords: WordSetPair
    /// Whether a word written without accents matches even in an accented line: right for
    /// family names (`Tôi là NGUYEN THI MAI`), wrong for common words (`Minh` is not `mình`).
    private let anyUnaccentedWord: Bool

    init(_ words: [String], anyUnaccentedWord: Bool = false) {
        accented = Set(words)
        plain = Set(words.map(VietnameseText.folded))
        let firsts = words.map { String($0.prefix { $0 != " " }) }
        firstWords = WordSetPair(accented: Set(firsts), plain: Set(firsts.map(VietnameseText.folded)))
        self.anyUnaccentedWord = anyUnaccentedWord
    }

    private struct WordSetPair: Sendable {
        let accented: Set<String>
        let plain: Set<String>
    }

    private func acceptsPlain(_ word: LineWord) -> Bool {
        word.lineIsPlain || (anyUnaccentedWord && word.isPlain)
    }

    func contains(_ word: LineWord) -> Bool {
        accented.contains(word.lower) || (acceptsPlain(word) && plain.contains(word.lower))
    }

    /// Whether the words `words[index..<index + n]`, joined by spaces, are one of the phrases;
    /// the longest such `n` (up to 4), or nil.
    func phrase(in words: [LineWord], startingAt index: Int) -> Int? {
        guard index < words.count,
            firstWords.accented.contains(words[index].lower)
                || (acceptsPlain(words[index]) && firstWords.plain.contains(words[index].lower))
        else { return nil }
        var found: Int?
        var accentedText = ""
        var plainText = ""
        var allPlain = true
        for length in 1...4 where index + length <= words.count {
            let word = words[index + length - 1]
            if length > 1 {
                accentedText += " "
                plainText += " "
            }
            accentedText += word.lower
            allPlain = allPlain && acceptsPlain(word)
            // Plain words are ASCII already: nothing to fold.
            if allPlain { plainText += word.lower }
            if accented.contains(accentedText) || (allPlain && plain.contains(plainText)) { found = length }
        }
        return found
    }

    /// Whether one of the phrases ends with `words[index]`; its first word's index, or nil.
    func phrase(in words: [LineWord], endingAt index: Int) -> Int? {
        for length in (1...4).reversed() where index - length + 1 >= 0 {
            if phrase(in: words, startingAt: index - length + 1) == length { return index - length + 1 }
        }
        return nil
    }
}
