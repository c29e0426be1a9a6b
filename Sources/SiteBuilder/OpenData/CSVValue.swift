import Foundation

/// A record in the shape its JSON has, which is what `CSVTable` flattens into cells.
indirect enum CSVValue: Sendable {
    case null
    case text(String)
    /// A whole number, which JSON writes in decimal digits.
    case integer(Int)
    /// A number with a fraction (a score, a percentage): `17.5`, and `90` when it is whole,
    /// as `JSONEncoder` writes it.
    case number(Double)
    case list([CSVValue])
    case record([String: CSVValue])

    /// The cell: a text as it is, an absent value empty, a list's items joined by
    /// `itemSeparator`, and the fields of a record written `key=value`, sorted by key and
    /// joined by `fieldSeparator`, leaving out fields with an empty cell.
    var cell: String {
        var bytes: [UInt8] = []
        appendCell(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `cell`, written at the end of `bytes`: a table row is written in one buffer.
    func appendCell(to bytes: inout [UInt8]) {
        switch self {
        case .null: break
        case .text(let text): bytes += text.utf8
        case .integer(let number): bytes += String(number).utf8
        case .number(let number): bytes += Self.text(of: number).utf8
        case .list(let items):
            for (index, item) in items.enumerated() {
                if index > 0 { bytes += CSVTable.itemSeparator.utf8 }
                item.appendCell(to: &bytes)
            }
        case .record(let fields):
            var first = true
            var value: [UInt8] = []
            for field in fields.sorted(by: { $0.key < $1.key }) {
                value.removeAll(keepingCapacity: true)
                field.value.appendCell(to: &value)
                guard !value.isEmpty else { continue }
                if !first { bytes += CSVTable.fieldSeparator.utf8 }
                first = false
                bytes += field.key.utf8
                bytes.append(UInt8(ascii: "="))
                bytes += value
            }
        }
    }

    /// The shortest text that reads back the same, without a `.0` (`90`, `17.5`, `2.5e+20`), as
    /// `JSONEncoder` writes it.
    static func text(of number: Double) -> String {
        let text = String(describing: number)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
