/// One decision's act on a procedure: announced it, amended it or abolished it.
struct HistoryEntry: Sendable {
    enum Act: String, Sendable {
        case announced, amended, abolished

        var label: String {
            switch self {
            case .announced: "Công bố mới"
            case .amended: "Sửa đổi, bổ sung, thay thế"
            case .abolished: "Bãi bỏ"
            }
        }
    }

    let act: Act
    let decision: ContentDocument<Decision>
}
