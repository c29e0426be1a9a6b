import Mustache

/// A set of named values a template reads (`{{#procedure}}{{code}}{{/procedure}}`), written
/// as a dictionary literal. Each value is handed to swift-mustache in the form it reads
/// fastest, only when a template asks for it.
///
/// The values are kept in a list, not a dictionary: a node has a few dozen names at most,
/// short texts that compare faster than they hash, and a page builds thousands of nodes that
/// templates read a few times each.
struct TemplateNode: TemplateValue, MustacheParent, ExpressibleByDictionaryLiteral {
    private struct Field {
        let name: String
        var value: any TemplateValue
    }

    private var fields: [Field]

    init(dictionaryLiteral elements: (String, any TemplateValue)...) {
        fields = elements.map { Field(name: $0.0, value: $0.1) }
        assert(Set(elements.map(\.0)).count == elements.count, "a template value set names a value twice")
    }

    init(_ fields: [String: any TemplateValue]) {
        // Sorted, so that the node is the same from build to build.
        self.fields = fields.sorted { $0.key < $1.key }.map { Field(name: $0.key, value: $0.value) }
    }

    private func index(of name: String) -> Int? {
        var index = 0
        while index < fields.count {
            if fields[index].name == name { return index }
            index += 1
        }
        return nil
    }

    subscript(key: String) -> (any TemplateValue)? {
        get { index(of: key).map { fields[$0].value } }
        set {
            switch (index(of: key), newValue) {
            case (let index?, let value?): fields[index].value = value
            case (let index?, nil): fields.remove(at: index)
            case (nil, let value?): fields.append(Field(name: key, value: value))
            case (nil, nil): break
            }
        }
    }

    func child(named name: String) -> Any? { self[name]?.mustacheValue }

    var mustacheValue: Any { self }
    static func mustacheList(_ items: [TemplateNode]) -> Any { items }
}
