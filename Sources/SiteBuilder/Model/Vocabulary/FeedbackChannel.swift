/// Hình thức tiếp nhận: how feedback reached the agency.
enum FeedbackChannel: String, Vocabulary {
    case portal, written, phone, email, survey

    var label: String {
        switch self {
        case .portal: "Cổng Dịch vụ công / Cổng thông tin điện tử"
        case .written: "Văn bản"
        case .phone: "Điện thoại"
        case .email: "Thư điện tử"
        case .survey: "Khảo sát, hội nghị"
        }
    }
}
