/// A published handling result of feedback on administrative regulations; it names the
/// kind of submitter, never the submitter.
struct FeedbackResult: Sendable {
    var id: String
    var title: String
    var received: CalendarDate
    var handled: CalendarDate?
    var status: FeedbackStatus
    var submitterType: SubmitterType
    var province: String?
    var channel: FeedbackChannel?
    var category: FeedbackCategory?
    var procedures: [String]
    var regulation: String?
    var agency: String
    var forwardedTo: String?
    var outcome: HandlingOutcome?
    var answerDocument: String?
}
