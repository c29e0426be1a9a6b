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

    /// The first line: a byte-order mark and the column names.
    static func header(columns: [String]) -> Data {
        Data(("\u{FEFF}" + columns.map(quoted).joined(separator: ",") + "\r\n").utf8)
    }

    /// One record's line, with its line break.
    static func row<Record: Encodable>(_ record: Record, columns: [String]) -> String {
        row(fields: fields(of: record), columns: columns)
    }

    /// One line from a record's JSON form by key.
    static func row(fields: [String: CSVValue], columns: [String]) -> String {
        columns.map { quoted(fields[$0]?.cell ?? "") }.joined(separator: ",") + "\r\n"
    }

    /// The whole table: the header, then every record's line.
    static func data<Record: Encodable>(_ records: [Record], columns: [String]) -> Data {
        header(columns: columns) + Data(records.map { row($0, columns: columns) }.joined().utf8)
    }

    /// The record's JSON form by key: encoded directly, or through JSON text for a record
    /// with numbers or booleans.
    static func fields<Record: Encodable>(of record: Record) -> [String: CSVValue] {
        if case .record(let fields)? = try? CSVValueEncoder.encode(record) { return fields }
        guard let data = try? JSONEncoder().encode(record),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object.mapValues { CSVValue(json: $0) }
    }

    /// The cell for one value of a record's JSON form, by the rules above.
    static func flatten(_ value: Any?) -> String { CSVValue(json: value).cell }

    private static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return field
        }
        // Foundation's replacing is slow even with nothing to replace.
        guard field.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + field + "\"" }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
