/// Tình trạng: where a piece of feedback stands in its handling.
enum FeedbackStatus: String, Vocabulary {
    case received, processing, forwarded, answered, rejected

    var label: String {
        switch self {
        case .received: "Đã tiếp nhận"
        case .processing: "Đang xử lý"
        case .forwarded: "Đã chuyển cơ quan có thẩm quyền"
        case .answered: "Đã trả lời"
        case .rejected: "Không xem xét, xử lý"
        }
    }

    /// Statuses that close the handling and so need a `handled` date.
    var isClosed: Bool { self == .answered || self == .rejected }
}
