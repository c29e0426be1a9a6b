import Yams

/// A YAML value as front matter readers need it: its shape, its text as written, and where it
/// was written. Made by `CommonYAMLParser` for the YAML editors usually write, or from the
/// node Yams composes for the rest.
struct FrontMatterNode: Equatable {
    struct Pair: Equatable {
        let key: FrontMatterNode
        let value: FrontMatterNode
    }

    /// Where a node starts, counted from the YAML block's first line and column 1, in Unicode
    /// scalars — as Yams counts.
    struct Position: Equatable {
        let line: Int
        let column: Int
    }

    enum Value: Equatable {
        /// `isPlain`: written without quotes, so `~` and `null` mean no value.
        /// `isTyped`: YAML types it as text (untagged, `!` or `!!str`); only such keys are read.
        case scalar(String, isPlain: Bool, isTypedText: Bool)
        case sequence([FrontMatterNode])
        case mapping([Pair])
    }

    let value: Value
    let position: Position?

    /// The text of a scalar.
    var text: String? {
        if case .scalar(let text, _, _) = value { text } else { nil }
    }
}

extension FrontMatterNode {
    /// The tags under which a key is text: untagged, `!` or `!!str`.
    private static let textTags = [Tag.Name.implicit.rawValue, Tag.Name.nonSpecific.rawValue, Tag.Name.str.rawValue]

    /// The node Yams composed. An alias, which front matter refuses before Yams sees it,
    /// becomes an empty text.
    init(_ node: Node) {
        let position = node.mark.map { Position(line: $0.line, column: $0.column) }
        switch node {
        case .scalar(let scalar):
            value = .scalar(scalar.string, isPlain: scalar.style == .plain, isTypedText: Self.textTags.contains(scalar.tag.rawValue))
        case .sequence(let sequence):
            value = .sequence(sequence.map(FrontMatterNode.init))
        case .mapping(let mapping):
            value = .mapping(mapping.map { Pair(key: FrontMatterNode($0.key), value: FrontMatterNode($0.value)) })
        case .alias:
            value = .scalar("", isPlain: true, isTypedText: true)
        }
        self.position = position
    }
}
