/// A feedback handling result as open data. It carries no personal data by construction:
/// every field comes from the front matter, which the personal-data guard has scanned.
struct FeedbackRecord: Encodable {
    let id: String
    let title: String
    let received: String
    let handled: String?
    let status: String
    let submitterType: String
    let province: String?
    let channel: String?
    let category: String?
    let procedures: [String]
    let regulation: String?
    let agency: String
    let forwardedTo: String?
    let outcome: String?
    let answerDocument: String?
    let url: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, received, handled, status
        case submitterType = "submitter_type"
        case province, channel, category
        case procedures, regulation, agency
        case forwardedTo = "forwarded_to"
        case outcome
        case answerDocument = "answer_document"
        case url
    }

    init(_ result: FeedbackResult, baseURL: String) {
        id = result.id
        title = result.title
        received = result.received.iso
        handled = result.handled?.iso
        status = result.status.rawValue
        submitterType = result.submitterType.rawValue
        province = result.province
        channel = result.channel?.rawValue
        category = result.category?.rawValue
        procedures = result.procedures
        regulation = result.regulation
        agency = result.agency
        forwardedTo = result.forwardedTo
        outcome = result.outcome?.rawValue
        answerDocument = result.answerDocument
        url = baseURL + SiteAddress.feedback(result.id)
    }
}
