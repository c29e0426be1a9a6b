/// A value under `extra:`: free for templates, so it keeps YAML's shape but not its types.
indirect enum ExtraValue: Sendable, Hashable, TemplateValue {
    case text(String)
    case list([ExtraValue])
    case map([String: ExtraValue])

    /// The form swift-mustache reads.
    var mustacheValue: Any {
        switch self {
        case .text(let text): text.mustacheValue
        case .list(let items): items.map(\.mustacheValue)
        case .map(let entries): TemplateNode(entries)
        }
    }
}
