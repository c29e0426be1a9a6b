/// A value under `extra:`: free for templates, so it keeps YAML's shape but not its types.
indirect enum ExtraValue: Sendable, Hashable {
    case text(String)
    case list([ExtraValue])
    case map([String: ExtraValue])

    /// The form swift-mustache reads.
    var templateValue: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.templateValue)
        case .map(let entries): entries.mapValues(\.templateValue)
        }
    }
}
