/// Whether a legal document still rules (tình trạng hiệu lực).
enum RegulatoryDocumentStatus: String, Vocabulary {
    case inForce = "in-force"
    case amended, replaced, expired

    var label: String {
        switch self {
        case .inForce: "Còn hiệu lực"
        case .amended: "Còn hiệu lực, đã được sửa đổi"
        case .replaced: "Hết hiệu lực, đã được thay thế"
        case .expired: "Hết hiệu lực"
        }
    }

    /// A procedure resting on a document no longer in force needs its legal basis reviewed.
    var isOutOfForce: Bool { self == .replaced || self == .expired }
}
