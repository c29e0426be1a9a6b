/// What a count in a message counts: English says `1 file` and `2 files`, Vietnamese `1 tệp`
/// and `2 tệp`, so a count carries its noun rather than a message choosing between forms.
public enum CountNoun: String, Sendable, Hashable, Codable {
    case file, page, procedure, error, warning

    func text(_ count: Int, in language: Language) -> String {
        let number = MessageArgument.format(count, in: language)
        switch language {
        case .vi: return "\(number) \(vietnamese)"
        case .en: return "\(number) \(count == 1 ? rawValue : rawValue + "s")"
        }
    }

    private var vietnamese: String {
        switch self {
        case .file: "tệp"
        case .page: "trang"
        case .procedure: "thủ tục"
        case .error: "lỗi"
        case .warning: "cảnh báo"
        }
    }
}
