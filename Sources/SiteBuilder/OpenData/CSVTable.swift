import Foundation

/// Writes records as RFC 4180 CSV: UTF-8 with a byte-order mark (so spreadsheet programs
/// read Vietnamese correctly), CRLF line ends, quotes where needed.
///
/// Each record is flattened from its JSON form, column by column in the record's key order:
/// a text or number as it is, an absent value as an empty cell, a list's items joined by
/// `" | "`, and the fields of an item that is itself a record written `key=value` and joined
/// by `"; "` (a channel: `method=online; time=06 ngày làm việc; fee=Không`).
enum CSVTable {
    static let itemSeparator = " | "
    static let fieldSeparator = "; "

    static func data<Record: Encodable>(_ records: [Record], columns: [String]) -> Data {
        var lines = [columns.map(quoted).joined(separator: ",")]
        for record in records {
            let object = jsonObject(record)
            lines.append(columns.map { quoted(flatten(object[$0])) }.joined(separator: ","))
        }
        return Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The cell for one JSON value, by the rules above.
    static func flatten(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        case let list as [Any]: return list.map(flatten).joined(separator: itemSeparator)
        case let object as [String: Any]:
            return object.keys.sorted().compactMap { key in
                let text = flatten(object[key])
                return text.isEmpty ? nil : "\(key)=\(text)"
            }.joined(separator: fieldSeparator)
        default: return "\(value!)"
        }
    }

    private static func jsonObject<Record: Encodable>(_ record: Record) -> [String: Any] {
        guard let data = try? JSONEncoder().encode(record),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    private static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
