/// A value that many pages share as one object, such as the site's settings or the
/// navigation of a section: a partial that reads only such values renders the same for each
/// of those pages, and `SharedPartials` renders it once for them.
final class SharedTemplateValue: TemplateValue, @unchecked Sendable {
    let node: TemplateNode

    init(_ node: TemplateNode) { self.node = node }

    var mustacheValue: Any { node.mustacheValue }
}
