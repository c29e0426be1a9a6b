/// The figures the service-quality page computes from the content itself, once per build:
/// procedures in force by field, level and online level, what decisions announced each year,
/// and how feedback was handled.
struct SiteStatistics: Sendable {
    struct Count: Sendable, Equatable {
        let label: String
        let count: Int
    }

    struct YearActs: Sendable, Equatable {
        let year: Int
        var new = 0, amended = 0, abolished = 0
    }

    struct YearDays: Sendable, Equatable {
        let year: Int
        let answered: Int
        let medianDays: Double
    }

    let inForce: Int
    /// Fields in the catalogue's order.
    let byField: [Count]
    /// A procedure counts under every level it lists.
    let byLevel: [Count]
    let byOnline: [Count]
    /// Percent of procedures in force that are full-process online, to one decimal.
    let fullyOnlineShare: Double
    /// Entries of decisions' `new`, `amended`, `abolished` lists, by the year the decision was issued.
    let actsByYear: [YearActs]
    let feedbackByStatus: [Count]
    /// Feedback answered or rejected, by the year of `handled`, with the median days from `received`.
    let daysByYear: [YearDays]

    init(procedures: [AssembledSite.ProcedureEntry], decisions: [Decision], feedback: [FeedbackResult]) {
        let inForce = procedures.filter(\.isInForce)
        self.inForce = inForce.count
        byField = FieldGroup.of(inForce).map { Count(label: $0.field, count: $0.members.count) }
        byLevel = AdministrativeLevel.allCases.map { level in
            Count(label: level.label, count: inForce.filter { $0.procedure.levels.contains(level) }.count)
        }
        byOnline = OnlineLevel.allCases.map { level in
            Count(label: level.label, count: inForce.filter { $0.procedure.online == level }.count)
        }
        let full = inForce.filter { $0.procedure.online == .full }.count
        fullyOnlineShare = inForce.isEmpty ? 0 : (Double(full) * 1000 / Double(inForce.count)).rounded() / 10
        var acts: [Int: YearActs] = [:]
        for decision in decisions {
            let year = decision.issued.year
            acts[year, default: YearActs(year: year)].new += decision.newCodes.count
            acts[year, default: YearActs(year: year)].amended += decision.amendedCodes.count
            acts[year, default: YearActs(year: year)].abolished += decision.abolishedCodes.count
        }
        actsByYear = acts.keys.sorted().compactMap { acts[$0] }
        feedbackByStatus = FeedbackStatus.allCases.map { status in
            Count(label: status.label, count: feedback.filter { $0.status == status }.count)
        }
        let handled = Dictionary(grouping: feedback.compactMap { item in item.handled.map { (item.received, $0) } }, by: { $0.1.year })
        daysByYear = handled.keys.sorted().map { year in
            let days = handled[year]!.map { $0.1.dayNumber - $0.0.dayNumber }
            return YearDays(year: year, answered: days.count, medianDays: Median.of(days) ?? 0)
        }
    }
}
