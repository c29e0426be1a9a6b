/// A reform target as open data: its goals with their computed status, and its measured values.
struct TargetRecord: Encodable, Sendable {
    struct Goal: Encodable, Sendable {
        let year: Int
        let value: Double
        let status: String
    }

    struct Value: Encodable, Sendable {
        let period: String
        let value: Double
        let source: String?
    }

    let id: String
    let title: String
    let unit: String
    let direction: String
    let source: String
    let goals: [Goal]
    let values: [Value]

    enum CodingKeys: String, CodingKey, CaseIterable { case id, title, unit, direction, source, goals, values }

    init(_ target: ReformTarget, figures: TransparencyFigures) {
        id = target.id
        title = target.title
        unit = target.unit.rawValue
        direction = target.direction.rawValue
        source = target.source
        goals = target.goals.map { Goal(year: $0.year, value: $0.value, status: figures.status(of: $0, in: target).rawValue) }
        values = target.values.map { Value(period: $0.period.text, value: $0.value, source: $0.source) }
    }
}
