/// Encodes a record straight into its `CSVValue`, the shape its JSON would have: what
/// encoding it as JSON text and reading that back gave, at a small part of the cost.
///
/// Records are texts, optional texts, whole numbers (`Int`), lists and nested records. Other
/// numbers and booleans are refused (`Unsupported`): open data has none, and this encoder does
/// not copy `JSONEncoder`'s formatting of them.
final class CSVValueEncoder: Encoder {
    struct Unsupported: Error {}

    /// A value still being filled: containers are handed out first and written into later.
    private final class Slot {
        var value: CSVValue = .record([:])  // JSONEncoder writes `{}` for a value that encodes nothing
        var list: [Slot] = []
        var fields: [String: Slot] = [:]
        var kind: Kind = .value

        enum Kind { case value, list, record }

        var finished: CSVValue {
            switch kind {
            case .value: value
            case .list: .list(list.map(\.finished))
            case .record: .record(fields.mapValues(\.finished))
            }
        }
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> CSVValue {
        let encoder = CSVValueEncoder(slot: Slot())
        try value.encode(to: encoder)
        return encoder.slot.finished
    }

    private let slot: Slot
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]

    private init(slot: Slot) { self.slot = slot }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.kind = .record
        return KeyedEncodingContainer(Keyed(slot: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.kind = .list
        return Unkeyed(slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(slot: slot) }

    private static func encode<Value: Encodable>(_ value: Value, into slot: Slot) throws {
        if let text = value as? String {
            slot.value = .text(text)
        } else {
            try value.encode(to: CSVValueEncoder(slot: slot))
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [any CodingKey] { [] }

        private func field(_ key: Key) -> Slot {
            let field = Slot()
            slot.fields[key.stringValue] = field
            return field
        }

        mutating func encodeNil(forKey key: Key) throws { field(key).value = .null }
        mutating func encode(_ value: String, forKey key: Key) throws { field(key).value = .text(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try CSVValueEncoder.encode(value, into: field(key)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Double, forKey key: Key) throws { field(key).value = .number(value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int, forKey key: Key) throws { field(key).value = .integer(value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int16, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int32, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int64, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: UInt, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { throw Unsupported() }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            CSVValueEncoder(slot: field(key)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            CSVValueEncoder(slot: field(key)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { CSVValueEncoder(slot: field(Key(stringValue: "super")!)) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { CSVValueEncoder(slot: field(key)) }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey] { [] }
        var count: Int { slot.list.count }

        private func item() -> Slot {
            let item = Slot()
            slot.list.append(item)
            return item
        }

        mutating func encodeNil() throws { item().value = .null }
        mutating func encode(_ value: String) throws { item().value = .text(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try CSVValueEncoder.encode(value, into: item()) }
        mutating func encode(_ value: Bool) throws { throw Unsupported() }
        mutating func encode(_ value: Double) throws { item().value = .number(value) }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { item().value = .integer(value) }
        mutating func encode(_ value: Int8) throws { throw Unsupported() }
        mutating func encode(_ value: Int16) throws { throw Unsupported() }
        mutating func encode(_ value: Int32) throws { throw Unsupported() }
        mutating func encode(_ value: Int64) throws { throw Unsupported() }
        mutating func encode(_ value: UInt) throws { throw Unsupported() }
        mutating func encode(_ value: UInt8) throws { throw Unsupported() }
        mutating func encode(_ value: UInt16) throws { throw Unsupported() }
        mutating func encode(_ value: UInt32) throws { throw Unsupported() }
        mutating func encode(_ value: UInt64) throws { throw Unsupported() }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            CSVValueEncoder(slot: item()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { CSVValueEncoder(slot: item()).unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { CSVValueEncoder(slot: item()) }
    }

    private struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { slot.value = .null }
        mutating func encode(_ value: String) throws { slot.value = .text(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try CSVValueEncoder.encode(value, into: slot) }
        mutating func encode(_ value: Bool) throws { throw Unsupported() }
        mutating func encode(_ value: Double) throws { slot.value = .number(value) }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { slot.value = .integer(value) }
        mutating func encode(_ value: Int8) throws { throw Unsupported() }
        mutating func encode(_ value: Int16) throws { throw Unsupported() }
        mutating func encode(_ value: Int32) throws { throw Unsupported() }
        mutating func encode(_ value: Int64) throws { throw Unsupported() }
        mutating func encode(_ value: UInt) throws { throw Unsupported() }
        mutating func encode(_ value: UInt8) throws { throw Unsupported() }
        mutating func encode(_ value: UInt16) throws { throw Unsupported() }
        mutating func encode(_ value: UInt32) throws { throw Unsupported() }
        mutating func encode(_ value: UInt64) throws { throw Unsupported() }
    }
}
