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
        row(fields: fields(of: OpenDataEncoder.form(of: record)), columns: columns)
    }

    /// One line from a record's JSON form by key.
    static func row(fields: [String: CSVValue], columns: [String]) -> String {
        var line: [UInt8] = []
        appendRow(fields: fields, columns: columns, to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// `row(fields:columns:)`, written at the end of `line`: a dataset's rows go into one
    /// buffer, never through a `String` (which checks its UTF-8 again).
    static func appendRow(fields: [String: CSVValue], columns: [String], to line: inout [UInt8]) {
        var cell: [UInt8] = []
        cell.reserveCapacity(256)
        for (index, column) in columns.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            cell.removeAll(keepingCapacity: true)
            fields[column]?.appendCell(to: &cell)
            appendQuoted(cell, to: &line)
        }
        line += "\r\n".utf8
    }

    /// The whole table: the header, then every record's line.
    static func data<Record: Encodable>(_ records: [Record], columns: [String]) -> Data {
        header(columns: columns) + Data(records.map { row($0, columns: columns) }.joined().utf8)
    }

    /// A record's fields by key; a dataset's records are records, never a bare text or list.
    static func fields(of record: CSVValue) -> [String: CSVValue] {
        guard case .record(let fields) = record else { preconditionFailure("an open data record is not a record: \(record)") }
        return fields
    }

    private static func quoted(_ field: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(Array(field.utf8), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The cell as it is, or in quotes with its quotes doubled when it holds a comma, a quote
    /// or a line break.
    private static func appendQuoted(_ cell: [UInt8], to line: inout [UInt8]) {
        guard cell.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            line += cell
            return
        }
        line.append(UInt8(ascii: "\""))
        for byte in cell {
            line.append(byte)
            if byte == UInt8(ascii: "\"") { line.append(byte) }
        }
        line.append(UInt8(ascii: "\""))
    }
}
