/// One Decision 766 assessment of the agency (`content/service-index/<period>.yml`).
struct ServiceAssessment: Sendable {
    let period: Period
    let published: CalendarDate
    let source: String
    let sourceURL: String?
    let unit: String?
    /// Every group's score, in `ServiceGroup.allCases` order.
    let scores: [ServiceGroup: Double]
    let note: String?

    /// The sum of the groups, to one decimal (the written `total` is checked against it).
    var total: Double { (ServiceGroup.allCases.reduce(0) { $0 + (scores[$1] ?? 0) } * 10).rounded() / 10 }
}
