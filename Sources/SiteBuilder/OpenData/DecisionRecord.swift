/// An announcing decision as open data, with the codes it announces, amends and abolishes.
struct DecisionRecord: Encodable {
    let number: String
    let title: String
    let issued: String
    let effective: String?
    let issuer: String
    let signer: String?
    let new: [String]
    let amended: [String]
    let abolished: [String]
    let attachmentURL: String?
    let url: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number, title, issued, effective, issuer, signer, new, amended, abolished
        case attachmentURL = "attachment_url"
        case url
    }

    init(_ document: ContentDocument<Decision>, baseURL: String) {
        let decision = document.metadata
        number = decision.number
        title = decision.title
        issued = decision.issued.iso
        effective = decision.effective?.iso
        issuer = decision.issuer
        signer = decision.signer
        new = decision.newCodes
        amended = decision.amendedCodes
        abolished = decision.abolishedCodes
        attachmentURL = decision.attachment.map { baseURL + SiteAddress.file($0) }
        url = baseURL + SiteAddress.decision(document.source.baseName)
    }
}
