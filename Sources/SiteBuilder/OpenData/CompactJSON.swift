import Foundation

/// Writes a record's JSON form as the open data's JSON encoder does — no spaces, keys sorted,
/// slashes as they are — straight from its `CSVValue`, so a record is encoded once for both
/// its JSON and its CSV line. `JSONEncoder` spends most of its time boxing values on the way.
enum CompactJSON {
    static func data(_ value: CSVValue) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        append(value, to: &bytes)
        return Data(bytes)
    }

    /// The value's JSON, written at the end of `bytes`: a dataset's records go into one buffer.
    static func append(_ value: CSVValue, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes += "null".utf8
        case .text(let text): appendString(text, to: &bytes)
        case .integer(let number): bytes += String(number).utf8
        case .number(let number): bytes += CSVValue.text(of: number).utf8
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                append(item, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .record(let fields):
            bytes.append(UInt8(ascii: "{"))
            // Sorted once as pairs: sorting the keys, then looking each up, hashed every key again.
            for (index, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(field.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                append(field.value, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes and backslashes escaped, control characters written as escapes,
    /// everything else as its UTF-8 bytes.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        var text = text
        // Nearly every text has nothing to escape: its bytes are copied in one piece.
        let copied = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied { return }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += #"\""#.utf8
            case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
            case 0x08: bytes += #"\b"#.utf8
            case 0x0C: bytes += #"\f"#.utf8
            case 0x0A: bytes += #"\n"#.utf8
            case 0x0D: bytes += #"\r"#.utf8
            case 0x09: bytes += #"\t"#.utf8
            case 0..<0x20:
                bytes += [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(byte >> 4)],
                    hexDigits[Int(byte & 0xF)],
                ]
            default: bytes.append(byte)
            }
        }
    }
}
