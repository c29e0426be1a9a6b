/// A Decision 766 assessment as open data: each group's score and the total.
struct ServiceIndexRecord: Encodable, Sendable {
    let period: String
    let published: String
    let source: String
    let sourceURL: String?
    let unit: String
    let transparency, progress, digitization, online, satisfaction, total: Double
    let note: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case period, published, source
        case sourceURL = "source_url"
        case unit, transparency, progress, digitization, online, satisfaction
        case total, note
    }

    init(_ assessment: ServiceAssessment, agency: String) {
        period = assessment.period.text
        published = assessment.published.iso
        source = assessment.source
        sourceURL = assessment.sourceURL
        unit = assessment.unit ?? agency
        func score(_ group: ServiceGroup) -> Double { assessment.scores[group] ?? 0 }
        transparency = score(.transparency)
        progress = score(.progress)
        digitization = score(.digitization)
        online = score(.online)
        satisfaction = score(.satisfaction)
        total = assessment.total
        note = assessment.note
    }
}
