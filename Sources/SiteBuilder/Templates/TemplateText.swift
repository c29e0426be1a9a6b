import Mustache

/// A text in a page's values, as swift-mustache reads it fastest: a value that renders itself
/// (escaped by the template, like any text) and has no children, so the library neither
/// reflects on it nor describes it.
struct TemplateText: MustacheCustomRenderable, MustacheParent {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
}
