import Foundation

/// One JSON encoding for every open data file: no spaces, keys sorted, slashes as they are
/// (what `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes`; a test compares),
/// so output is byte-identical from build to build. A value goes through its `CSVValue`
/// (`CSVValueEncoder`), so a record is encoded once for its JSON and its CSV line:
/// `JSONEncoder` spent most of its time boxing values on the way.
enum OpenDataEncoder {
    static func encode<Value: Encodable>(_ value: Value) -> Data {
        json(value) + Data("\n".utf8)
    }

    /// The value's JSON, without the final line break.
    static func json<Value: Encodable>(_ value: Value) -> Data {
        CompactJSON.data(form(of: value))
    }

    /// The value in the shape its JSON has. Open data holds texts, whole numbers, lists and
    /// records only; anything else is a mistake in the record's type, not in the content.
    static func form<Value: Encodable>(of value: Value) -> CSVValue {
        do {
            return try CSVValueEncoder.encode(value)
        } catch {
            preconditionFailure("open data holds texts, whole numbers, lists and records; \(Value.self) holds something else")
        }
    }

    /// A dataset document's JSON around its records — everything before the first record and
    /// after the last — so records can be encoded on their own, a chunk at a time, and written
    /// in between. This encoder writes a nested value exactly as it writes it alone, so the
    /// whole is what encoding the document at once would give.
    ///
    /// The document is encoded with no records, and split at its `"records":[]` (a quote
    /// inside a text value would be written `\"`, so only the key itself can match).
    static func datasetFrame<Record: Encodable>(_ document: DatasetDocument<Record>) -> (opening: Data, closing: Data) {
        let empty = Data("\"records\":[]".utf8)
        let wrapper = json(document)
        guard let slot = wrapper.firstRange(of: empty) else {
            preconditionFailure("the dataset document \(document.dataset) has no records key")
        }
        let opening = Data(wrapper[..<slot.lowerBound]) + Data("\"records\":[".utf8)
        let closing = Data("]".utf8) + wrapper[slot.upperBound...] + Data("\n".utf8)
        return (opening, closing)
    }
}
