/// What the build computes for one report period from the content: the procedures
/// decisions issued in the period announced, amended and abolished; the procedures in force
/// and online at the period's end; the feedback received and answered in the period.
struct ReportFigures: Sendable, Equatable {
    var new = 0, amended = 0, abolished = 0
    var inForceAtEnd = 0, onlineAtEnd = 0
    var feedbackReceived = 0, feedbackAnswered = 0
    /// Median days from receipt to answer of the feedback answered in the period.
    var medianDays: Double?

    /// A procedure is in force at a day when no decision issued by then abolished it and,
    /// if a decision announced it as new, that decision was issued by then. "Online" is its
    /// `online` level today, which the content does not date.
    init(period: Period, procedures: [AssembledSite.ProcedureEntry], decisions: [Decision], feedback: [FeedbackResult]) {
        for decision in decisions where period.contains(decision.issued) {
            new += decision.newCodes.count
            amended += decision.amendedCodes.count
            abolished += decision.abolishedCodes.count
        }
        let end = period.end
        for entry in procedures {
            let announced = entry.history.first { $0.act == .announced }.map { $0.decision.metadata.issued <= end } ?? true
            let abolished = entry.history.contains { $0.act == .abolished && $0.decision.metadata.issued <= end }
            guard announced && !abolished else { continue }
            inForceAtEnd += 1
            if entry.procedure.online != .none { onlineAtEnd += 1 }
        }
        feedbackReceived = feedback.filter { period.contains($0.received) }.count
        let answered = feedback.compactMap { item in
            item.handled.flatMap { period.contains($0) ? $0.dayNumber - item.received.dayNumber : nil }
        }
        feedbackAnswered = answered.count
        medianDays = Median.of(answered)
    }
}
