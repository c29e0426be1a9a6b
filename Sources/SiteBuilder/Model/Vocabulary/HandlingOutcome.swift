/// Kết quả xử lý, as Decree 20/2008 Art. 15 names the outcomes.
enum HandlingOutcome: String, Vocabulary {
    case amend
    case recommend
    case newRegulation = "new-regulation"
    case explain
    case notAccepted = "not-accepted"

    var label: String {
        switch self {
        case .amend: "Sửa đổi, bổ sung, bãi bỏ quy định theo thẩm quyền"
        case .recommend: "Kiến nghị cơ quan có thẩm quyền xử lý"
        case .newRegulation: "Ban hành hoặc đề xuất ban hành quy định mới"
        case .explain: "Giải thích, hướng dẫn thực hiện quy định"
        case .notAccepted: "Không tiếp thu"
        }
    }
}
