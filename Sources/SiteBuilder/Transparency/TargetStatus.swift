/// How a reform target stands against one of its goals, by the rule of the content model:
/// a goal whose year has ended is met or not by the latest value measured in that year; a
/// goal still ahead is on track when the latest value already meets it.
enum TargetStatus: String, Sendable {
    case met
    case notMet = "not-met"
    case onTrack = "on-track"
    case notYetMet = "not-yet-met"
    case noValue = "no-value"

    /// Said in words, with a sign that is not a colour: the page never tells them apart by colour alone.
    var label: String {
        switch self {
        case .met: "✓ Đạt"
        case .notMet: "✗ Không đạt"
        case .onTrack: "↗ Đang đạt"
        case .notYetMet: "… Chưa đạt"
        case .noValue: "– Chưa có số liệu"
        }
    }

    /// - Parameter today: the newest date the content states, never the build clock.
    static func of(_ goal: ReformTarget.Goal, in target: ReformTarget, today: CalendarDate) -> TargetStatus {
        if today.year > goal.year {
            guard let value = target.values.last(where: { $0.period.year == goal.year }) else { return .noValue }
            return target.direction.meets(value.value, goal: goal.value) ? .met : .notMet
        }
        guard let latest = target.values.last else { return .noValue }
        return target.direction.meets(latest.value, goal: goal.value) ? .onTrack : .notYetMet
    }
}
