import Foundation

/// A record in the shape its JSON has, which is what `CSVTable` flattens into cells.
indirect enum CSVValue: Sendable {
    case null
    case text(String)
    /// A whole number, which JSON writes in decimal digits.
    case integer(Int)
    case list([CSVValue])
    case record([String: CSVValue])

    /// The value as `JSONSerialization` reads it back: numbers as their text.
    init(json: Any?) {
        switch json {
        case nil, is NSNull: self = .null
        case let text as String: self = .text(text)
        case let number as NSNumber: self = .text(number.stringValue)
        case let list as [Any]: self = .list(list.map { CSVValue(json: $0) })
        case let object as [String: Any]: self = .record(object.mapValues { CSVValue(json: $0) })
        default: self = .text("\(json!)")
        }
    }

    /// The cell: a text as it is, an absent value empty, a list's items joined by
    /// `itemSeparator`, and the fields of a record written `key=value`, sorted by key and
    /// joined by `fieldSeparator`.
    var cell: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .integer(let number): String(number)
        case .list(let items): items.map(\.cell).joined(separator: CSVTable.itemSeparator)
        case .record(let fields):
            fields.keys.sorted().compactMap { key in
                let text = fields[key]?.cell ?? ""
                return text.isEmpty ? nil : "\(key)=\(text)"
            }.joined(separator: CSVTable.fieldSeparator)
        }
    }
}
