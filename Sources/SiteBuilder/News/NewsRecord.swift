/// A news item as open data.
struct NewsRecord: Encodable, CSVColumns {
    let title: String
    let date: String
    let summary: String
    let imageURL: String?
    let imageAlt: String?
    let tags: [String]
    let procedures: [String]
    let documents: [String]
    let url: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, date, summary
        case imageURL = "image_url"
        case imageAlt = "image_alt"
        case tags, procedures, documents, url
    }

    static var csvColumns: [String] { columns(CodingKeys.self) }

    init(_ document: ContentDocument<NewsItem>, baseURL: String) {
        let item = document.metadata
        title = item.title
        date = item.date.iso
        summary = item.summary
        imageURL = item.image.map { baseURL + SiteAddress.file($0) }
        imageAlt = item.image == nil ? nil : item.imageAlt
        tags = item.tags
        procedures = item.procedures
        documents = item.documents
        url = baseURL + DocumentsAndNewsAddress.newsItem(document.source.baseName)
    }
}
