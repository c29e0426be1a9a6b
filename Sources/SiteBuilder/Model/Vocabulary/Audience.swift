import Foundation

/// Who a procedure serves, read from its subjects, for the catalogue's filter: citizens
/// (công dân, người lao động…) or organizations (doanh nghiệp, tổ chức, cơ quan…).
enum Audience: String, Vocabulary {
    case citizen, organization

    var label: String {
        switch self {
        case .citizen: "Công dân, người lao động"
        case .organization: "Tổ chức, doanh nghiệp"
        }
    }
}
