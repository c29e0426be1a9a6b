/// A value a template can read. Page values are built from these rather than from `Any`, so
/// each reaches swift-mustache in the form it reads fastest: the library casts every value it
/// meets to several protocols, and a `[String: Any]` or a plain `String` fails most of those
/// casts the slow way (a quarter of the template time at ten thousand procedures).
protocol TemplateValue {
    /// What swift-mustache is given.
    var mustacheValue: Any { get }
    /// A list of such values as swift-mustache is given it: a typed array where possible.
    static func mustacheList(_ items: [Self]) -> Any
}

extension TemplateValue {
    static func mustacheList(_ items: [Self]) -> Any { items.map(\.mustacheValue) }
}

extension String: TemplateValue {
    var mustacheValue: Any { TemplateText(self) }
    static func mustacheList(_ items: [String]) -> Any { items.map(TemplateText.init) }
}

extension Int: TemplateValue {
    var mustacheValue: Any { TemplateText(String(self)) }
}

extension Bool: TemplateValue {
    var mustacheValue: Any { self }
}

extension Array: TemplateValue where Element: TemplateValue {
    var mustacheValue: Any { Element.mustacheList(self) }
}

extension Optional: TemplateValue where Wrapped == String {
    /// The text, or `NoValue` when there is none or it is empty, so `{{#key}}` sections skip it.
    var mustacheValue: Any {
        switch self {
        case .some(let text) where !text.isEmpty: TemplateText(text)
        default: NoValue()
        }
    }
}
