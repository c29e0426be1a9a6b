/// Finds people's names in one line of a feedback result.
///
/// A name is either
/// - **labelled**: a label (`họ tên:`, `người phản ánh`, `ông`, `bà`, `chị`, `tôi là` …) followed
///   by two or more capitalised syllables (`Bà Ksor H'Nhi`), or by a family name and the words
///   after it in any case (`người gửi: nguyen thi lan`); or
/// - **unlabelled**: two or more capitalised syllables starting with a common family name
///   (`… của Nguyễn Thị Hoa đã …`).
///
/// Not names: a run right after a place, street or institution word (`đường Trần Hưng Đạo`,
/// `quận Hoàng Mai`, `TNHH Hoàng Long`) or after a house number (`số 86 Trần Hưng Đạo`); the
/// known places that start like a family name (`Hà Nội`, `Lâm Đồng`); and common words that do
/// (`Hồ sơ`, `Lý do`, `Phạm vi`, `Lương hưu`). On a line written all in capitals or all in
/// Title Case (a heading), an unlabelled run is a name only when it is the whole line (a
/// signature), so `HỒ SƠ ĐỀ NGHỊ` is a heading, `NGUYỄN VĂN HÙNG` a name.
///
/// Accents count when written: `Tổ` is never the family name `Tô`, but `Tran` is `Trần`.
enum NameDetector {
    static let familyNames = WordList(
        [
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
            "dương", "lý", "đinh", "trịnh", "trương", "đào", "mai", "cao", "lâm", "tô", "hà", "tạ", "lưu", "chu",
            "đoàn", "lương", "vương", "phùng", "kiều", "quách", "triệu",
        ], anyUnaccentedWord: true)

    /// Words that introduce a person's name.
    static let labels = WordList([
        "họ tên", "họ và tên", "tên", "tên là", "tôi là", "tôi tên", "em là", "người phản ánh", "người gửi",
        "người kiến nghị", "người được ủy quyền", "người đại diện", "công dân", "ông", "bà", "anh", "chị", "cụ", "em",
    ])

    /// Labels that are a form of address: after them, a capitalised run is a name.
    static let honorifics = WordList(["ông", "bà", "anh", "chị", "cụ", "em"])

    /// Words after which a capitalised run names a place, a street or an institution.
    static let placeWords = WordList([
        "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "quận", "phường", "xã", "huyện", "tỉnh", "trấn", "tp", "thôn",
        "xóm", "ấp", "làng", "viện", "trường", "học", "đẳng", "bhxh", "ubnd", "ban", "sở", "phòng", "ty", "tnhh",
        "cty", "htx", "hàng", "chợ", "cầu", "khoa", "điện", "tâm", "cục", "vụ", "nhánh", "kcn", "kp", "tdp", "chùa",
        "đền", "nghiệp", "bạc", "hội",
    ])

    /// Places that start with a family name's syllable.
    static let knownPlaces = WordList([
        "hồ chí minh", "hà nội", "hà giang", "hà tĩnh", "hà nam", "hà đông", "hà tiên", "cao bằng", "cao lãnh",
        "lâm đồng", "hoàng mai", "mai châu", "võ nhai", "phan thiết", "phan rang", "lương sơn", "lý sơn",
    ])

    /// Common words that start with a family name's syllable (first two syllables).
    static let commonWords = WordList([
        "hồ sơ", "lý do", "lý lịch", "lý thuyết", "lương hưu", "lương cơ", "lương tối", "lương tháng", "mai táng",
        "cao đẳng", "cao tuổi", "cao nhất", "cao cấp", "cao su", "cao học", "lâm sàng", "lâm nghiệp", "lâm thời",
        "dương tính", "dương lịch", "đoàn viên", "đoàn thể", "đoàn kiểm", "đoàn thanh", "đào tạo", "phạm vi",
        "phạm nhân", "phạm tội", "lưu ý", "lưu trữ", "lưu trú", "lưu hành", "triệu đồng", "vũ trang", "chu kỳ",
        "kiều hối", "hoàng gia",
    ])

    /// The names in `words`, as ranges of word indices.
    static func names(in words: [LineWord]) -> [Range<Int>] {
        let headingLine = words.allSatisfy { $0.isNumber || $0.isCapitalised } && words.lazy.filter { !$0.isNumber }.count >= 2
        var names: [Range<Int>] = []
        var index = 0
        while index < words.count {
            if let length = nameLength(at: index, in: words, headingLine: headingLine) {
                names.append(index..<(index + length))
                index += length
            } else {
                index += 1
            }
        }
        return names
    }

    private static func nameLength(at index: Int, in words: [LineWord], headingLine: Bool) -> Int? {
        let word = words[index]
        // Most words are lower case and no family name: nothing to look at.
        let family = familyNames.contains(word)
        guard family || word.isCapitalised else { return nil }
        guard !word.isNumber, commonWords.phrase(in: words, startingAt: index) != 2,
            knownPlaces.phrase(in: words, startingAt: index) == nil
        else { return nil }
        let capitalised = run(from: index, in: words) { $0.isCapitalised }
        if let label = label(before: index, in: words) {
            if family {
                // A written-out name is its capitalised words; one written in lower case runs
                // to the next punctuation, at most four words.
                if capitalised >= 2 { return capitalised }
                let any = min(run(from: index, in: words) { _ in true }, 4)
                return any >= 2 ? any : nil
            }
            // Without a family name, only after a form of address or a `label:`, and never a
            // heading's next words (`CHẾ ĐỘ CHO ÔNG BÀ CHA MẸ`).
            let formal = words[index].gapBefore.contains(":") || honorifics.contains(words[label])
            let addressee = honorifics.contains(word) || labels.contains(word)
            return capitalised >= 2 && formal && !addressee && !(headingLine && !words[index].gapBefore.contains(":"))
                ? capitalised : nil
        }
        guard family, capitalised >= 2, !afterPlace(index, in: words) else { return nil }
        if headingLine && !(index == 0 && capitalised == words.count) { return nil }
        return capitalised
    }

    /// How many words from `index` on satisfy `condition`, each separated from the last by one
    /// space, and are words (not numbers).
    private static func run(from index: Int, in words: [LineWord], while condition: (LineWord) -> Bool) -> Int {
        var end = index
        while end < words.count, !words[end].isNumber, condition(words[end]), end == index || words[end].gapBefore == " " {
            end += 1
        }
        return end - index
    }

    /// The index of the label's last word when one stands right before `index` (with only
    /// spaces, a colon or a slash between).
    private static func label(before index: Int, in words: [LineWord]) -> Int? {
        guard index > 0, words[index].gapBefore.allSatisfy({ " :".contains($0) }) else { return nil }
        return labels.phrase(in: words, endingAt: index - 1) == nil ? nil : index - 1
    }

    private static func afterPlace(_ index: Int, in words: [LineWord]) -> Bool {
        guard index > 0 else { return false }
        let before = words[index - 1]
        return placeWords.contains(before) || (before.isNumber && words[index].gapBefore == " ")
    }
}
