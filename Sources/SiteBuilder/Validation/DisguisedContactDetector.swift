/// Finds e-mail addresses and phone numbers written so as not to look like one:
/// `nguyenvana (at) gmail (dot) com`, `lan[at]gmail[.]com`, `binh a còng gmail chấm com`,
/// `ngoc @ gmail.com`; `SĐT: 09l2 345 67O` or `zalo: không chín một …` (letters or words for
/// digits, right after a phone word). Full-width letters are already plain after the
/// scanner's normalization, so `ｎｇｕｙｅｎ＠ｇｍａｉｌ．ｃｏｍ` is an ordinary e-mail.
enum DisguisedContactDetector {
    /// What people write for `@`, lowercase, spaces included where they are part of it.
    static let atSigns = ["(at)", "[at]", "{at}", "(a)", "[a]", " at ", " @ ", " @", "@ ", " a còng ", " a móc "]
    /// What people write for `.`.
    static let dots = ["(dot)", "[dot]", "{dot}", "[.]", "(.)", " dot ", " chấm ", " . ", "."]
    static let topLevelDomains: Set<String> = ["com", "vn", "net", "org", "edu", "gov", "info", "biz", "io", "me"]

    /// Each disguised e-mail address: the range of characters it covers.
    /// Bytes of which a line must have one to be looked at closer.
    private static let signs: [[UInt8]] = ["@", "(at", "[at", "{at", "(a)", "[a]", " at ", "(AT", "[AT", "{AT", " AT ", " a c", " a m"]
        .map { Array($0.utf8) }

    /// - Parameter bytes: the line's UTF-8, to see at once whether anything here may be one.
    static func emails(in characters: [Character], bytes: [UInt8]) -> [Range<Int>] {
        // Most lines have no sign of an e-mail at all: look no further.
        guard signs.contains(where: { bytes.containsBytes($0) }) else { return [] }
        let lower = characters.map { $0.isASCII ? Character($0.lowercased()) : $0 }
        var found: [Range<Int>] = []
        var index = 0
        while index < lower.count {
            guard let at = marker(atSigns, in: lower, at: index) else {
                index += 1
                continue
            }
            var start = index
            while start > 0, isLocalPart(lower[start - 1]) { start -= 1 }
            guard start < index, let end = domainEnd(in: lower, from: at) else {
                index += 1
                continue
            }
            found.append(start..<end)
            index = end
        }
        return found
    }

    /// The end of `gmail (dot) com` starting at `index`, when it ends in a known top-level domain.
    private static func domainEnd(in lower: [Character], from index: Int) -> Int? {
        var position = index
        var labels: [String] = []
        while true {
            var label = ""
            while position < lower.count, lower[position].isASCIILetter || lower[position].isASCIIDigit || lower[position] == "-" {
                label.append(lower[position])
                position += 1
            }
            guard !label.isEmpty else { break }
            labels.append(label)
            let labelEnd = position
            guard let afterDot = marker(dots, in: lower, at: position), afterDot < lower.count,
                lower[afterDot].isASCIILetter || lower[afterDot].isASCIIDigit
            else {
                position = labelEnd
                break
            }
            position = afterDot
        }
        guard labels.count >= 2, let last = labels.last, topLevelDomains.contains(last) else { return nil }
        return position
    }

    /// When one of `markers` stands at `index` — a bracketed one possibly with a space on
    /// either side (`gmail (dot) com`) — the index after it.
    private static func marker(_ markers: [String], in lower: [Character], at index: Int) -> Int? {
        for marker in markers {
            let spaced = marker.first == "(" || marker.first == "[" || marker.first == "{"
            let start = spaced && index < lower.count && lower[index] == " " ? index + 1 : index
            guard matches(marker, in: lower, at: start) else { continue }
            let end = start + marker.count
            return spaced && end < lower.count && lower[end] == " " ? end + 1 : end
        }
        return nil
    }

    private static func matches(_ pattern: String, in lower: [Character], at index: Int) -> Bool {
        var position = index
        for character in pattern {
            guard position < lower.count, lower[position] == character else { return false }
            position += 1
        }
        return true
    }

    private static func isLocalPart(_ character: Character) -> Bool {
        character.isASCIILetter || character.isASCIIDigit || "._%+-".contains(character)
    }

    // MARK: Phone numbers

    static let phoneWords = WordList(["sđt", "sdt", "đt", "dđ", "điện thoại", "zalo", "liên hệ", "di động", "số máy", "máy bàn", "hotline"])
    /// Letters people put for digits.
    static let lookAlikes: [Character: Character] = ["o": "0", "O": "0", "l": "1", "I": "1", "|": "1"]
    static let digitWords = ["không", "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín"]
    private static let digitWordList = WordList(digitWords)

    /// Each phone number right after a phone word, written with letters or words for some
    /// digits: the range of words it covers.
    static func phones(in words: [LineWord]) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        var index = 0
        while index < words.count {
            guard let length = phoneWords.phrase(in: words, startingAt: index) else {
                index += 1
                continue
            }
            let first = index + length
            var last = first - 1
            var digits = 0
            var disguised = false
            while last + 1 < words.count, last + 1 == first || words[last + 1].gapBefore.allSatisfy({ " .-".contains($0) }) {
                let word = words[last + 1]
                if word.text.allSatisfy({ $0.isASCIIDigit }) {
                    digits += word.text.count
                } else if word.isNumber || lookAlikes[word.text.first!] != nil,
                    word.text.allSatisfy({ $0.isASCIIDigit || lookAlikes[$0] != nil })
                {
                    digits += word.text.count
                    disguised = true
                } else if digitWordList.contains(word) {
                    digits += 1
                    disguised = true
                } else {
                    break
                }
                last += 1
            }
            if disguised && (9...12).contains(digits) { found.append(first...last) }
            index = max(index + length, last + 1)
        }
        return found
    }
}
