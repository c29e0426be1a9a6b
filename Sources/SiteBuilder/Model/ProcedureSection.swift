/// The parts of a procedure page that the template writes itself, in page order, with the
/// anchors the table of contents links to. Body headings may not take these ids.
enum ProcedureSection: String, CaseIterable {
    case summary = "thong-tin-chung"
    case channels = "cach-thuc-thuc-hien"
    case forms = "mau-don-to-khai"
    case results = "ket-qua-thuc-hien"
    case legalBasis = "can-cu-phap-ly"
    case related = "thu-tuc-lien-quan"
    case history = "lich-su-cong-bo"

    var title: String {
        switch self {
        case .summary: "Thông tin chung"
        case .channels: "Cách thức thực hiện, thời hạn và phí"
        case .forms: "Mẫu đơn, tờ khai"
        case .results: "Kết quả thực hiện"
        case .legalBasis: "Căn cứ pháp lý"
        case .related: "Thủ tục liên quan"
        case .history: "Lịch sử công bố"
        }
    }

    /// Ids on the page besides the sections: the table of contents itself and the main landmark.
    static let otherPageIDs: Set<String> = ["muc-luc", "muc-luc-tieu-de", "noi-dung"]
    /// Each section's id, and its heading's id (`-tieu-de`), which the template writes.
    static var reservedIDs: Set<String> {
        Set(allCases.flatMap { [$0.rawValue, $0.rawValue + "-tieu-de"] }).union(otherPageIDs)
    }
}
