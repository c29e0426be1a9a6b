/// The five groups of Decision 766/QĐ-TTg's index of service to people and businesses, with
/// the points each is scored out of (together 100).
enum ServiceGroup: String, CaseIterable, Sendable, Hashable {
    case transparency, progress, digitization, online, satisfaction

    var maximum: Int {
        switch self {
        case .transparency: 18
        case .progress: 20
        case .digitization: 22
        case .online: 22
        case .satisfaction: 18
        }
    }

    var label: String {
        switch self {
        case .transparency: "Công khai, minh bạch"
        case .progress: "Tiến độ, kết quả giải quyết"
        case .digitization: "Số hóa hồ sơ"
        case .online: "Cung cấp dịch vụ trực tuyến"
        case .satisfaction: "Mức độ hài lòng"
        }
    }
}
