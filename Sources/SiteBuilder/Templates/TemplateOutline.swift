/// What a template's tags say about the values it reads and the partials it includes, found
/// by scanning its text: enough to know which partials render the same for many pages.
struct TemplateOutline {
    /// A `{{> name}}` tag.
    struct Inclusion {
        let name: String
        /// Outside every section and block: the partial reads the values the page starts with.
        let isTopLevel: Bool
        /// Alone on its line after spaces, so Mustache indents each of the partial's lines.
        let isIndented: Bool
    }

    private(set) var inclusions: [Inclusion] = []
    /// The first part of each name a tag reads (`site` for `{{site.title}}`): a name not
    /// found in an inner section is looked up in the page's own values.
    private(set) var names: Set<String> = []
    /// Those of `names` read outside every section: surely looked up in the page's values.
    private(set) var topLevelNames: Set<String> = []
    /// Layouts (`{{< name}}`) the template fills.
    private(set) var layouts: [String] = []
    /// Tags this outline does not follow: blocks, layouts, delimiters changed, dynamic
    /// partials, transforms.
    private(set) var hasOtherTags = false

    init(_ text: String) {
        var depth = 0
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            let isTriple = rest[open.upperBound...].hasPrefix("{")
            let tagStart = isTriple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[tagStart...].range(of: isTriple ? "}}}" : "}}") else {
                hasOtherTags = true
                return
            }
            let tag = rest[tagStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let sigil = isTriple ? "{" : tag.first.map(String.init) ?? ""
            let name = (isTriple || !"#^/!>&<$=%".contains(sigil) ? tag : String(tag.dropFirst()))
                .trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!", "%":
                break
            case "/":
                depth -= 1
            case ">":
                if name.hasPrefix("*") { hasOtherTags = true }
                inclusions.append(Inclusion(name: name, isTopLevel: depth == 0, isIndented: Self.isIndented(text, open.lowerBound, close.upperBound)))
            case "<":
                layouts.append(name)
                hasOtherTags = true
                depth += 1
            case "$":
                hasOtherTags = true
                depth += 1
            case "=":
                hasOtherTags = true
                return
            default:
                if name.contains("(") { hasOtherTags = true }
                let first = name.drop(while: { $0 == "." }).split(separator: ".").first.map(String.init)
                if let first {
                    names.insert(first)
                    if depth == 0 { topLevelNames.insert(first) }
                }
                if sigil == "#" || sigil == "^" { depth += 1 }
            }
            rest = rest[close.upperBound...]
        }
    }

    /// Whether the tag from `start` to `end` stands alone on its line after spaces or tabs.
    private static func isIndented(_ text: String, _ start: String.Index, _ end: String.Index) -> Bool {
        let lineStart = text[..<start].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let before = text[lineStart..<start]
        let after = text[end...].prefix(while: { $0 != "\n" })
        return !before.isEmpty && before.allSatisfy({ $0 == " " || $0 == "\t" }) && after.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" })
    }
}
