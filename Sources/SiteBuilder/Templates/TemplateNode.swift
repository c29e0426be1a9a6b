import Mustache

/// A set of named values a template reads (`{{#procedure}}{{code}}{{/procedure}}`), written
/// as a dictionary literal. Each value is handed to swift-mustache in the form it reads
/// fastest, only when a template asks for it.
struct TemplateNode: TemplateValue, MustacheParent, ExpressibleByDictionaryLiteral {
    private var fields: [String: any TemplateValue]

    init(dictionaryLiteral elements: (String, any TemplateValue)...) {
        fields = Dictionary(uniqueKeysWithValues: elements)
    }

    init(_ fields: [String: any TemplateValue]) {
        self.fields = fields
    }

    subscript(key: String) -> (any TemplateValue)? {
        get { fields[key] }
        set { fields[key] = newValue }
    }

    func child(named name: String) -> Any? { fields[name]?.mustacheValue }

    var mustacheValue: Any { self }
    static func mustacheList(_ items: [TemplateNode]) -> Any { items }
}
