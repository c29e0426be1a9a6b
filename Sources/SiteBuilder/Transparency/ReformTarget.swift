/// A reform target (`content/targets.yml`): the goals a plan set and the values measured.
struct ReformTarget: Sendable {
    struct Goal: Sendable, Hashable {
        let year: Int
        let value: Double
    }

    struct Measurement: Sendable, Hashable {
        let period: Period
        let value: Double
        let source: String?
    }

    let id: String
    let title: String
    let unit: TargetUnit
    let direction: TargetDirection
    let source: String
    /// By year.
    let goals: [Goal]
    /// By period.
    let values: [Measurement]
}
