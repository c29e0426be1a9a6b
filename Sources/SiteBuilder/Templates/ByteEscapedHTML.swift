import Mustache

/// The template values' escaping: `HTMLText`, the same entities as swift-mustache's own, which
/// walks every value character by character.
struct ByteEscapedHTML: MustacheContentType {
    /// The name templates ask for it by (see `TemplateLibrary`); registered with Mustache
    /// once, the first time the name is used.
    static let name: String = {
        MustacheContentTypes.register(ByteEscapedHTML(), named: "HTML-BYTES")
        return "HTML-BYTES"
    }()

    func escapeText(_ text: String) -> String { HTMLText.escaped(text) }
}
