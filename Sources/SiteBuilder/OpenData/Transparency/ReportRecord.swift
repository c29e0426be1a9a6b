/// One periodic report as open data: the editors' figures (`dossiers_…`) beside those the
/// build computed (`computed_…`), as the report page shows them.
struct ReportRecord: Encodable, Sendable {
    let period: String
    let start: String
    let end: String
    let published: String
    let note: String?
    let dossiersReceived, dossiersReceivedOnline, dossiersResolvedOnTime, dossiersResolvedLate: Int?
    let dossiersPending, dossiersDigitizedResults, dossiersPaidOnline: Int?
    let computedNew, computedAmended, computedAbolished, computedInForceAtEnd, computedOnlineAtEnd: Int
    let computedFeedbackReceived, computedFeedbackAnswered: Int
    let computedMedianDays: Double?
    let url: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case period, start, end, published, note
        case dossiersReceived = "dossiers_received"
        case dossiersReceivedOnline = "dossiers_received_online"
        case dossiersResolvedOnTime = "dossiers_resolved_on_time"
        case dossiersResolvedLate = "dossiers_resolved_late"
        case dossiersPending = "dossiers_pending"
        case dossiersDigitizedResults = "dossiers_digitized_results"
        case dossiersPaidOnline = "dossiers_paid_online"
        case computedNew = "computed_new"
        case computedAmended = "computed_amended"
        case computedAbolished = "computed_abolished"
        case computedInForceAtEnd = "computed_in_force_at_end"
        case computedOnlineAtEnd = "computed_online_at_end"
        case computedFeedbackReceived = "computed_feedback_received"
        case computedFeedbackAnswered = "computed_feedback_answered"
        case computedMedianDays = "computed_median_days"
        case url
    }

    init(_ report: PeriodicReport, computed: ReportFigures, baseURL: String) {
        period = report.period.text
        start = report.period.start.iso
        end = report.period.end.iso
        published = report.published.iso
        note = report.note
        dossiersReceived = report.figures[.received]
        dossiersReceivedOnline = report.figures[.receivedOnline]
        dossiersResolvedOnTime = report.figures[.resolvedOnTime]
        dossiersResolvedLate = report.figures[.resolvedLate]
        dossiersPending = report.figures[.pending]
        dossiersDigitizedResults = report.figures[.digitizedResults]
        dossiersPaidOnline = report.figures[.paidOnline]
        computedNew = computed.new
        computedAmended = computed.amended
        computedAbolished = computed.abolished
        computedInForceAtEnd = computed.inForceAtEnd
        computedOnlineAtEnd = computed.onlineAtEnd
        computedFeedbackReceived = computed.feedbackReceived
        computedFeedbackAnswered = computed.feedbackAnswered
        computedMedianDays = computed.medianDays
        url = baseURL + SiteAddress.report(report.period)
    }
}
