import Foundation

/// Finds the partials (`{{> name}}`) and layouts (`{{< name}}`) a template uses, with their
/// positions: swift-mustache renders a missing one as nothing, so the build checks them.
enum TemplateReferences {
    struct Reference: Hashable {
        let name: String
        let line: Int
        let column: Int
    }

    static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    references.append(Reference(name: String(name), line: lineIndex + 1, column: column))
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return references
    }
}
