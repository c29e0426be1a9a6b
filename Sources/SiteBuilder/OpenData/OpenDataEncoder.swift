import Foundation

/// One JSON encoding for every open data file: keys sorted, so output is byte-identical
/// from build to build.
enum OpenDataEncoder {
    static func encode<Value: Encodable>(_ value: Value) -> Data {
        (json(value) ?? Data("null".utf8)) + Data("\n".utf8)
    }

    /// The value's JSON, without the final line break; nil when it cannot be encoded.
    static func json<Value: Encodable>(_ value: Value) -> Data? {
        if let form = try? CSVValueEncoder.encode(value) { return CompactJSON.data(form) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try? encoder.encode(value)
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
        guard let wrapper = json(document), let slot = wrapper.firstRange(of: empty) else {
            // Only texts and a count: JSON can always encode them.
            fatalError("the dataset document \(document.dataset) has no records key")
        }
        let opening = Data(wrapper[..<slot.lowerBound]) + Data("\"records\":[".utf8)
        let closing = Data("]".utf8) + wrapper[slot.upperBound...] + Data("\n".utf8)
        return (opening, closing)
    }
}
