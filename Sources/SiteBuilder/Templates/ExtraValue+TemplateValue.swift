/// An `extra:` value as templates read it: Model knows nothing of templates.
extension ExtraValue: TemplateValue {
    /// The form swift-mustache reads.
    var mustacheValue: Any {
        switch self {
        case .text(let text): text.mustacheValue
        case .list(let items): items.map(\.mustacheValue)
        case .map(let entries): TemplateNode(entries)
        }
    }
}
