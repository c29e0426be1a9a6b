/// The shapes a front-matter value can be asked to have, for the message that says a value
/// has another shape.
public enum ValueShape: Sendable, Hashable {
    case singleText, text, list, entryList, entry, map

    var message: Message {
        switch self {
        case .singleText: .shapeSingleText
        case .text: .shapeText
        case .list: .shapeList
        case .entryList: .shapeEntryList
        case .entry: .shapeEntry
        case .map: .shapeMap
        }
    }
}
