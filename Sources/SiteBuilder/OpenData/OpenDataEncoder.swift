import Foundation

/// One JSON encoding for every open data file: keys sorted, so output is byte-identical
/// from build to build.
enum OpenDataEncoder {
    static func encode<Value: Encodable>(_ value: Value) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)) ?? Data("null".utf8)) + Data("\n".utf8)
    }
}
