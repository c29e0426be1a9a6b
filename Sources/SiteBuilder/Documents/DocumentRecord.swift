/// A legal document as open data, with the codes of the procedures whose legal basis names it.
struct DocumentRecord: Encodable, CSVColumns {
    let number: String
    let type: String
    let title: String
    let issuer: String
    let issued: String
    let effective: String?
    let status: String
    let amendedBy: [String]
    let replacedBy: [String]
    let expiredOn: String?
    let attachmentURL: String?
    let officialURL: String?
    let procedures: [String]
    let url: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number, type, title, issuer, issued, effective, status
        case amendedBy = "amended_by"
        case replacedBy = "replaced_by"
        case expiredOn = "expired_on"
        case attachmentURL = "attachment_url"
        case officialURL = "official_url"
        case procedures, url
    }

    static var csvColumns: [String] { columns(CodingKeys.self) }

    init(_ document: ContentDocument<RegulatoryDocument>, citing: [String], baseURL: String) {
        let metadata = document.metadata
        number = metadata.number
        type = metadata.type.rawValue
        title = metadata.title
        issuer = metadata.issuer
        issued = metadata.issued.iso
        effective = metadata.effective?.iso
        status = metadata.status.rawValue
        amendedBy = metadata.amendedBy
        replacedBy = metadata.replacedBy
        expiredOn = metadata.expiredOn?.iso
        attachmentURL = metadata.attachment.map { baseURL + SiteAddress.file($0) }
        officialURL = metadata.officialURL
        procedures = citing
        url = baseURL + DocumentsAndNewsAddress.document(document.source.baseName)
    }
}
