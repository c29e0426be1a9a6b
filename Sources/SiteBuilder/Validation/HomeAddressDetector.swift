/// Finds home addresses in one line of a feedback result: a house number or a lane-level
/// place (`số 12`, `ngõ 34`, `hẻm 102`, `kiệt 25`, `tổ 7`, `thôn Đông`, `xóm 3`, `ấp Bình Hòa`,
/// `khu phố 2`, `tổ dân phố số 4`, or `25/3 Nguyễn Trãi`) followed, in the same sentence, by an
/// administrative unit (`phường`, `xã`, `thị trấn`, `quận`, `huyện`, `thị xã`, `tỉnh`,
/// `thành phố`, `TP`).
///
/// An agency's address is not a home address: the sentence names an agency (`Bảo hiểm xã
/// hội`, `BHXH`, `UBND`, `bưu điện`, `trụ sở`, `bệnh viện` …) and no person or residence word
/// (`tôi`, `ông`, `bà`, `nhà`, `trú`, `ngụ` …) comes before the address. The site's own texts
/// (its agency, its contact address) are masked before the scan, and count as naming an agency.
enum HomeAddressDetector {
    static let laneWords = WordList(["ngõ", "ngách", "hẻm", "kiệt", "thôn", "xóm", "ấp", "khu phố", "kp", "tdp", "tổ dân phố"])
    /// The words an address can start with (besides a number).
    private static let houseStarts = WordList(["số", "tổ", "ngõ", "ngách", "hẻm", "kiệt", "thôn", "xóm", "ấp", "khu", "kp", "tdp"])
    static let units = WordList(["phường", "xã", "trấn", "quận", "huyện", "tỉnh", "tp", "thành phố"])
    /// Words after which `số 12` or `12` is a document, date or amount, not a house.
    static let notHouse = WordList([
        "văn", "bản", "định", "tư", "luật", "sơ", "khoản", "mã", "sổ", "thẻ", "cmnd", "cccd", "thoại", "điều",
        "ngày", "tháng", "năm", "quý", "mục", "mẫu", "lục", "lần", "giờ", "tuổi", "chương", "điểm", "đài",
        "hiệu", "tiền", "khu", "vực",
    ])
    static let agencies = WordList([
        "bảo hiểm", "bhxh", "ubnd", "ủy ban", "bưu điện", "trụ sở", "bộ phận", "trung tâm", "bệnh viện", "ngân hàng",
        "kho bạc", "điểm thu", "cơ quan", "chi nhánh", "văn phòng", "trạm y tế",
    ])
    static let residents = WordList([
        "tôi", "em", "ông", "bà", "anh", "chị", "cụ", "mình", "nhà", "trú", "ngụ", "gia đình", "con", "vợ", "chồng",
        "mẹ", "bố", "cha", "trọ",
    ])
    /// Abbreviations whose dot does not end a sentence (`TP. Huế`, `P.5`).
    private static let abbreviations = WordList(["tp", "p", "q", "tx", "tt", "h"])

    /// Each home address in `words`: the index of its first word and of the sentence's last.
    static func addresses(in words: [LineWord]) -> [ClosedRange<Int>] {
        var found: [ClosedRange<Int>] = []
        var sentenceStart = 0
        while sentenceStart < words.count {
            var sentenceEnd = sentenceStart
            while sentenceEnd + 1 < words.count, !endsSentence(before: sentenceEnd + 1, in: words) { sentenceEnd += 1 }
            if let address = address(in: words, sentence: sentenceStart...sentenceEnd) { found.append(address) }
            sentenceStart = sentenceEnd + 1
        }
        return found
    }

    private static func address(in words: [LineWord], sentence: ClosedRange<Int>) -> ClosedRange<Int>? {
        for index in sentence {
            guard let afterHouse = house(at: index, in: words, upTo: sentence.upperBound) else { continue }
            guard afterHouse <= sentence.upperBound,
                (afterHouse...sentence.upperBound).contains(where: { isUnit(at: $0, in: words) })
            else { continue }
            let before = sentence.lowerBound..<index
            let person = before.contains { residents.contains(words[$0]) || residents.phrase(in: words, startingAt: $0) != nil }
            let agency = sentence.contains {
                agencies.phrase(in: words, startingAt: $0) != nil || words[$0].gapBefore.contains(PersonalDataScanner.publishedMark)
            }
            if agency && !person { return nil }
            return index...sentence.upperBound
        }
        return nil
    }

    /// When a house number or lane-level place starts at `index`, the index after it.
    private static func house(at index: Int, in words: [LineWord], upTo last: Int) -> Int? {
        guard index < last else { return nil }
        let word = words[index]
        // Most words start no address: one look-up says so.
        guard word.isNumber || houseStarts.contains(word) else { return nil }
        let next = words[index + 1]
        let afterDocumentWord = index > 0 && notHouse.contains(words[index - 1])
        if word.isWord("số") && !afterDocumentWord {
            let number = next.isWord("nhà") && index + 2 <= last ? index + 2 : index + 1
            return isHouseNumber(number, in: words) ? number + 1 : nil
        }
        if word.isWord("tổ") {
            if next.isNumber { return index + 2 }
            return laneWords.phrase(in: words, startingAt: index) == 3 ? index + 3 : nil
        }
        if let length = laneWords.phrase(in: words, startingAt: index), index + length <= last {
            let name = words[index + length]
            return name.isNumber || name.isCapitalised || name.isWord("số") ? index + length + 1 : nil
        }
        if word.isNumber && !afterDocumentWord && isHouseNumber(index, in: words) && next.gapBefore == " "
            && (next.isCapitalised || next.isWord("đường") || next.isWord("phố"))
        {
            return index + 1
        }
        return nil
    }

    /// `12`, `9A`, `25/3` — not a document number (`1024/BHXH`) or a date's part.
    private static func isHouseNumber(_ index: Int, in words: [LineWord]) -> Bool {
        guard index < words.count, words[index].isNumber else { return false }
        if index + 1 < words.count, let gap = words[index + 1].gapBefore.first, "/-.".contains(gap) { return false }
        return words[index].text.filter { $0 == "/" }.count <= 1
    }

    private static func isUnit(at index: Int, in words: [LineWord]) -> Bool {
        if units.contains(words[index]) || units.phrase(in: words, startingAt: index) != nil { return true }
        // `P.5`, `Q.3`, `P5`: a ward or district by its abbreviation.
        let word = words[index]
        return (word.lower == "p" || word.lower == "q") && index + 1 < words.count && words[index + 1].isNumber
            && words[index + 1].gapBefore.count <= 1
    }

    private static func endsSentence(before index: Int, in words: [LineWord]) -> Bool {
        let gap = words[index].gapBefore
        // Most words follow one space: no need to look at its characters.
        guard gap != " ", gap.contains(where: { ".;?!".contains($0) }) else { return false }
        return !(gap.hasPrefix(".") && abbreviations.contains(words[index - 1]))
            && !(gap == "." && words[index].isNumber)
    }
}
