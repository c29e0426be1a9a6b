/// The addresses of legal documents and news, as the content model fixes them.
enum DocumentsAndNewsAddress {
    static let documents = "/van-ban/"
    static let news = "/tin-tuc/"
    static let newsFeed = "/tin-tuc/feed.xml"
    /// Folder names below `/van-ban/` and `/tin-tuc/` that the site's own pages take.
    static let documentStatusFolder = "tinh-trang"
    static let newsTagFolder = "chu-de"

    static func document(_ slug: String) -> String { "/van-ban/\(slug)/" }
    static func newsItem(_ slug: String) -> String { "/tin-tuc/\(slug)/" }
    static func newsTag(_ tag: String) -> String { "/tin-tuc/\(newsTagFolder)/\(VietnameseText.slug(tag))/" }
    static func documentStatus(_ status: RegulatoryDocumentStatus) -> String {
        "/van-ban/\(documentStatusFolder)/\(statusSlug(status))/"
    }

    static func statusSlug(_ status: RegulatoryDocumentStatus) -> String {
        switch status {
        case .inForce: "con-hieu-luc"
        case .amended: "da-sua-doi"
        case .replaced: "da-bi-thay-the"
        case .expired: "het-hieu-luc"
        }
    }
}
