import Foundation

/// Finds text that looks like personal data in one line: phone numbers, identity, social and
/// health insurance numbers, e-mail addresses — as `../shared/domain.md` lists them — and
/// names, home addresses and disguised contacts (`NameDetector`, `HomeAddressDetector`,
/// `DisguisedContactDetector`).
///
/// Numbers are read through the spaces, dots and dashes people put inside them
/// (`0912 345 678`, `0912.345.678`), and after Unicode compatibility normalization, so
/// full-width digits or invisible characters do not hide one.
enum PersonalDataScanner {
    struct Hit: Sendable, Hashable {
        let kind: PersonalDataKind
        /// 1-based column of the hit in the normalized line.
        let column: Int
        /// The text as written (normalized), for matching the allow-list; never printed.
        let text: String
    }

    /// Characters that may stand between two digits of one number.
    private static let separators: Set<Character> = [" ", ".", "-", "\u{2013}", "\u{2011}"]
    /// Characters that only hide things: zero-width spaces and joiners, soft hyphens.
    private static let invisible: Set<Character> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]

    /// The line as the scanner reads it: compatibility-normalized, invisible characters removed.
    static func normalize(_ line: Substring) -> [Character] {
        // Most lines are plain Vietnamese already: ASCII and precomposed letters, which
        // normalization leaves as they are; only the others pay for Foundation's.
        if line.unicodeScalars.allSatisfy(isPlainVietnamese) { return Array(line) }
        return Array(String(line).precomposedStringWithCompatibilityMapping.filter { !invisible.contains($0) })
    }

    /// ASCII, the precomposed Vietnamese letters and the usual quotes and dashes: scalars with no
    /// compatibility mapping, that combine with nothing.
    private static func isPlainVietnamese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xC0...0xFF, 0x1EA0...0x1EF9: true
        case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0: true
        case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D: true
        default: false
        }
    }

    /// - Parameters:
    ///   - published: texts the site itself publishes (its agencies, its contact address):
    ///     blanked out before names and addresses are looked for.
    ///   - wordsToo: whether to look for names, addresses and phones written in words too (not
    ///     in front-matter keys whose values are the content's own agencies, places and codes).
    static func scan(_ line: Substring, published: [String] = [], wordsToo: Bool = true) -> [Hit] {
        scan(line, published: PublishedTexts(published), wordsToo: wordsToo)
    }

    static func scan(_ line: Substring, published: PublishedTexts, wordsToo: Bool = true) -> [Hit] {
        let plain = line.unicodeScalars.allSatisfy(isPlainVietnamese)
        // A plain line's scalars are its characters, one each: no grapheme breaking needed.
        let characters = plain ? line.unicodeScalars.map(Character.init) : normalize(line)
        let bytes = plain ? Array(line.utf8) : Array(LineWord.string(characters[...]).utf8)
        // A number starts at a digit, an e-mail has its `@`: most lines have neither.
        var hits = bytes.contains(where: { (0x30...0x39).contains($0) }) ? numbers(in: characters) : []
        if bytes.contains(UInt8(ascii: "@")) { hits += emails(in: characters) }
        for range in DisguisedContactDetector.emails(in: characters, bytes: bytes) {
            hits.append(Hit(kind: .disguisedEmail, column: range.lowerBound + 1, text: LineWord.string(characters[range])))
        }
        guard wordsToo else { return hits.count < 2 ? hits : hits.sorted { $0.column < $1.column } }
        let words = LineWord.words(in: characters)
        for range in DisguisedContactDetector.phones(in: words) {
            hits.append(hit(.disguisedPhone, words[range.lowerBound].start..<words[range.upperBound].end, in: characters))
        }
        do {
            let words = mask(published, in: characters, bytes: bytes).map(LineWord.words) ?? words
            for range in NameDetector.names(in: words) {
                hits.append(hit(.personName, words[range.lowerBound].start..<words[range.upperBound - 1].end, in: characters))
            }
            for range in HomeAddressDetector.addresses(in: words) {
                hits.append(hit(.homeAddress, words[range.lowerBound].start..<words[range.upperBound].end, in: characters))
            }
        }
        return hits.count < 2 ? hits : hits.sorted { ($0.column, $0.kind.rawValue) < ($1.column, $1.kind.rawValue) }
    }

    private static func hit(_ kind: PersonalDataKind, _ range: Range<Int>, in characters: [Character]) -> Hit {
        Hit(kind: kind, column: range.lowerBound + 1, text: LineWord.string(characters[range]))
    }

    /// The texts a site publishes of itself, with their characters and bytes worked out once
    /// for all the lines they are looked for in.
    struct PublishedTexts: Sendable {
        let texts: [(characters: [Character], utf8: [UInt8])]

        init(_ texts: [String]) {
            self.texts = texts.filter { !$0.isEmpty }.map { (Array($0), Array($0.utf8)) }
        }
    }

    /// What stands in for a published text in the line the name and address rules read: not
    /// a letter, so it reads as a gap, but a gap that says an agency was named there.
    static let publishedMark: Character = "\u{E000}"

    /// The line with every occurrence of the published texts replaced by `publishedMark`, one
    /// for each character, so columns stay; nil when none occurs.
    private static func mask(_ published: PublishedTexts, in characters: [Character], bytes line: [UInt8]) -> [Character]? {
        var masked = characters
        var found = false
        for (pattern, utf8) in published.texts where line.containsBytes(utf8) {
            guard pattern.count <= masked.count else { continue }
            var index = 0
            while index + pattern.count <= masked.count {
                if masked[index] == pattern[0] && Array(masked[index..<(index + pattern.count)]) == pattern {
                    for position in index..<(index + pattern.count) { masked[position] = publishedMark }
                    found = true
                    index += pattern.count
                } else {
                    index += 1
                }
            }
        }
        return found ? masked : nil
    }

    private static func numbers(in characters: [Character]) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit, index == 0 || !characters[index - 1].isASCIIDigit else {
                index += 1
                continue
            }
            var digits = ""
            var end = index
            while end < characters.count {
                if characters[end].isASCIIDigit {
                    digits.append(characters[end])
                    end += 1
                } else if separators.contains(characters[end]), end + 1 < characters.count, characters[end + 1].isASCIIDigit,
                    !digits.isEmpty
                {
                    end += 1
                } else {
                    break
                }
            }
            var start = index
            let international = start > 0 && characters[start - 1] == "+"
            if international { start -= 1 }
            let letters =
                start >= 2 && characters[start - 2].isASCIILetter && characters[start - 1].isASCIILetter
                && (start == 2 || !characters[start - 3].isLetter)
            if letters && digits.count == 13 { start -= 2 }
            if let kind = classify(digits, international: international, afterTwoLetters: letters),
                !isAmount(characters[index..<end], followedBy: characters[end...])
            {
                hits.append(Hit(kind: kind, column: start + 1, text: String(characters[start..<end])))
            }
            index = end
        }
        return hits
    }

    /// `125.500.000 đồng`: digits in groups of three with dots, followed by a currency, are an
    /// amount of money, never a person's number.
    private static func isAmount(_ number: ArraySlice<Character>, followedBy rest: ArraySlice<Character>) -> Bool {
        let groups = number.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 else { return false }
        let after = String(rest.prefix(5)).lowercased().trimmingCharacters(in: .whitespaces)
        return ["đồng", "đ", "vnđ", "vnd"].contains { after.hasPrefix($0) }
    }

    private static func classify(_ digits: String, international: Bool, afterTwoLetters: Bool) -> PersonalDataKind? {
        let mobilePrefixes: Set<Character> = ["3", "5", "7", "8", "9"]
        let characters = Array(digits)
        switch characters.count {
        case 13 where afterTwoLetters: return .healthInsuranceCard
        case 9: return .oldIdentityCard
        case 10 where characters[0] == "0" && mobilePrefixes.contains(characters[1]): return .mobilePhone
        case 10: return .socialInsuranceNumber
        case 11 where digits.hasPrefix("84") && mobilePrefixes.contains(characters[2]): return .mobilePhone
        case 11 where digits.hasPrefix("02"): return .landline
        case 11 where international: return .mobilePhone
        case 12: return .citizenID
        case 13...: return .longNumber
        default: return nil
        }
    }

    private static func emails(in characters: [Character]) -> [Hit] {
        var hits: [Hit] = []
        for (index, character) in characters.enumerated() where character == "@" {
            var start = index
            while start > 0, isLocalPart(characters[start - 1]) { start -= 1 }
            var end = index + 1
            while end < characters.count, isDomainPart(characters[end]) { end += 1 }
            while end > index + 1, characters[end - 1] == "." { end -= 1 }
            let domain = characters[(index + 1)..<end]
            guard start < index, domain.contains("."), domain.last?.isLetter == true else { continue }
            hits.append(Hit(kind: .email, column: start + 1, text: String(characters[start..<end])))
        }
        return hits
    }

    private static func isLocalPart(_ character: Character) -> Bool {
        character.isASCIILetter || character.isASCIIDigit || "._%+-".contains(character)
    }

    private static func isDomainPart(_ character: Character) -> Bool {
        character.isASCIILetter || character.isASCIIDigit || ".-".contains(character)
    }
}

extension Character {
    var isASCIILetter: Bool { asciiByte.map { (65...90).contains($0) || (97...122).contains($0) } ?? false }
}
