/// Whether feedback came from a person or an organization — never who.
enum SubmitterType: String, Vocabulary {
    case individual, organization

    var label: String {
        switch self {
        case .individual: "Cá nhân"
        case .organization: "Tổ chức"
        }
    }
}
