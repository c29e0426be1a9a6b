/// The transparency data with what the build computes from the content for it, made once
/// per build in assembly: the pages, the datasets and the home page all read this.
struct TransparencyFigures: Sendable {
    var data = TransparencyData()
    var statistics = SiteStatistics(procedures: [], decisions: [], feedback: [])
    /// Each report's computed figures, in `data.reports` order.
    var reportFigures: [ReportFigures] = []
    /// The newest date the content states, transparency files included: what "has the
    /// year ended" is judged by, never the build clock.
    var today: CalendarDate?

    init() {}

    init(_ content: SiteContent, procedures: [AssembledSite.ProcedureEntry], dataDate: CalendarDate?) {
        data = content.transparency
        let decisions = content.decisions.map(\.metadata)
        let feedback = content.feedback.map(\.metadata)
        statistics = SiteStatistics(procedures: procedures, decisions: decisions, feedback: feedback)
        reportFigures = data.reports.map {
            ReportFigures(period: $0.metadata.period, procedures: procedures, decisions: decisions, feedback: feedback)
        }
        let published = data.assessments.map(\.metadata.published) + data.reports.map(\.metadata.published)
        today = ([dataDate].compactMap { $0 } + published).max()
    }

    var latestAssessment: ServiceAssessment? { data.assessments.last?.metadata }

    func status(of goal: ReformTarget.Goal, in target: ReformTarget) -> TargetStatus {
        guard let today else { return .noValue }
        return TargetStatus.of(goal, in: target, today: today)
    }
}
