/// What kind of legal document a `content/documents/` file is (Luật, Nghị định…).
enum RegulatoryDocumentType: String, Vocabulary {
    case law, decree, circular, decision, resolution, other

    var label: String {
        switch self {
        case .law: "Luật"
        case .decree: "Nghị định"
        case .circular: "Thông tư"
        case .decision: "Quyết định"
        case .resolution: "Nghị quyết"
        case .other: "Văn bản khác"
        }
    }
}
