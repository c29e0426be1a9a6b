/// How far a procedure can be done online, as Decree 42/2022 Art. 11 classifies it.
enum OnlineLevel: String, Vocabulary {
    case full, partial, none

    var label: String {
        switch self {
        case .full: "Toàn trình"
        case .partial: "Một phần"
        case .none: "Không trực tuyến"
        }
    }
}
