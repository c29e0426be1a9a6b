/// Which side of a goal meets it.
enum TargetDirection: String, Vocabulary {
    case atLeast = "at-least"
    case atMost = "at-most"

    var label: String {
        switch self {
        case .atLeast: "tối thiểu"
        case .atMost: "tối đa"
        }
    }

    func meets(_ value: Double, goal: Double) -> Bool {
        self == .atLeast ? value >= goal : value <= goal
    }
}
