import Foundation

/// Finds the partials (`{{> name}}`), layouts (`{{< name}}`) and theme assets
/// (`{{#asset}}name{{/asset}}`) a template uses, with their positions: swift-mustache renders
/// a missing one as nothing, so the build checks them.
enum TemplateReferences {
    struct Reference: Hashable {
        let name: String
        let line: Int
        let column: Int
    }

    /// The partials and layouts.
    static func find(in text: String) -> [Reference] {
        tags(in: text).compactMap { tag in
            guard let sigil = tag.text.first, sigil == ">" || sigil == "<" else { return nil }
            return Reference(name: tag.text.dropFirst().trimmingCharacters(in: .whitespaces), line: tag.line, column: tag.column)
        }
    }

    /// The names of theme assets, each at its `{{#asset}}`; the name is what stands before
    /// `{{/asset}}` on the same line.
    static func assets(in text: String) -> [Reference] {
        let tags = tags(in: text)
        return tags.indices.compactMap { index in
            let tag = tags[index]
            guard tag.text.filter({ $0 != " " }) == "#asset", index + 1 < tags.count, tags[index + 1].line == tag.line,
                tags[index + 1].text.filter({ $0 != " " }) == "/asset"
            else { return nil }
            return Reference(name: tag.following.trimmingCharacters(in: .whitespaces), line: tag.line, column: tag.column)
        }
    }

    /// Each tag's text between `{{` and `}}`, trimmed, where it opens, and the text after it up
    /// to the next tag on its line.
    private static func tags(in text: String) -> [(text: String, line: Int, column: Int, following: Substring)] {
        var tags: [(text: String, line: Int, column: Int, following: Substring)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                rest = afterOpen[close.upperBound...]
                tags.append(
                    (
                        afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces), lineIndex + 1,
                        line.distance(from: line.startIndex, to: open.lowerBound) + 1,
                        rest[..<(rest.range(of: "{{")?.lowerBound ?? rest.endIndex)]
                    ))
            }
        }
        return tags
    }
}
