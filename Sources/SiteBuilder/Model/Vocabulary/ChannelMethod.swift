/// Cách thức thực hiện: how a dossier reaches the agency.
enum ChannelMethod: String, Vocabulary {
    case inPerson = "in-person"
    case online
    case post

    var label: String {
        switch self {
        case .inPerson: "Trực tiếp"
        case .online: "Trực tuyến"
        case .post: "Qua dịch vụ bưu chính"
        }
    }
}
