/// What a reform target's values count.
enum TargetUnit: String, Vocabulary {
    case percent, count, points

    var label: String {
        switch self {
        case .percent: "%"
        case .count: ""
        case .points: "điểm"
        }
    }
}
