import Foundation

/// One JSON encoding for every open data file: keys sorted, so output is byte-identical
/// from build to build.
enum OpenDataEncoder {
    static func encode<Value: Encodable>(_ value: Value) -> Data {
        (json(value) ?? Data("null".utf8)) + Data("\n".utf8)
    }

    /// The value's JSON, without the final line break; nil when it cannot be encoded.
    static func json<Value: Encodable>(_ value: Value) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try? encoder.encode(value)
    }

    /// `encode(DatasetDocument(…, records: records))`, from each record's own JSON.
    ///
    /// The records' JSON is made once, on every core, and shared with the records' own files
    /// (`<page>/index.json`): this encoder writes a nested value exactly as it writes it
    /// alone. The document is encoded with no records, and its `"records":[]` (a quote
    /// inside a text value would be written `\"`, so only the key itself can match) gets the
    /// records' JSON between its brackets.
    static func dataset<Record: Encodable>(_ document: DatasetDocument<Record>, recordsJSON: [Data]) -> Data {
        let empty = Data("\"records\":[]".utf8)
        guard let wrapper = json(DatasetDocument<Record>(dataset: document.dataset, title: document.title, modified: document.modified, count: document.count, records: [])),
            let slot = wrapper.firstRange(of: empty)
        else { return encode(document) }
        var output = Data(wrapper[..<slot.lowerBound])
        output += Data("\"records\":[".utf8)
        for (index, record) in recordsJSON.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output += record
        }
        output += Data("]".utf8)
        output += wrapper[slot.upperBound...]
        output.append(UInt8(ascii: "\n"))
        return output
    }
}
