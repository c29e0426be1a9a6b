/// A 64-bit fingerprint of bytes (xxHash64), to tell whether a file's contents changed
/// without keeping or comparing the contents. Stable across runs and machines, unlike
/// Swift's `Hasher`, so it can be stored in the build cache.
///
/// Bytes can be added a piece at a time, so a file too large to hold is fingerprinted as it
/// is written: the pieces give the same fingerprint as the whole.
struct ContentHash {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    private var v1 = prime1 &+ prime2
    private var v2 = prime2
    private var v3: UInt64 = 0
    private var v4: UInt64 = 0 &- prime1
    private var length = 0
    /// Bytes added but not yet part of a whole 32-byte stripe.
    private var pending: [UInt8] = []

    init() {}

    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.value
    }

    static func of(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    static func of(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        hash.add(buffer)
        return hash.value
    }

    /// Adds the next bytes.
    mutating func add(_ bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { add($0) }
        }
    }

    mutating func add(_ buffer: UnsafeRawBufferPointer) {
        length += buffer.count
        var offset = 0
        if !pending.isEmpty {
            let taken = min(32 - pending.count, buffer.count)
            pending += buffer[0..<taken]
            offset = taken
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { consumeStripe($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while offset + 32 <= buffer.count {
            consumeStripe(buffer, at: offset)
            offset += 32
        }
        pending += buffer[offset...]
    }

    /// The fingerprint of every byte added so far.
    var value: UInt64 {
        var hash: UInt64
        if length >= 32 {
            hash = Self.rotate(v1, 1) &+ Self.rotate(v2, 7) &+ Self.rotate(v3, 12) &+ Self.rotate(v4, 18)
            hash = Self.merge(Self.merge(Self.merge(Self.merge(hash, v1), v2), v3), v4)
        } else {
            hash = Self.prime5
        }
        hash &+= UInt64(length)
        return pending.withUnsafeBytes { tail in
            var offset = 0
            while offset + 8 <= tail.count {
                hash ^= Self.round(0, Self.word(tail, offset))
                hash = Self.rotate(hash, 27) &* Self.prime1 &+ Self.prime4
                offset += 8
            }
            if offset + 4 <= tail.count {
                let half = UInt64(UInt32(littleEndian: tail.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                hash ^= half &* Self.prime1
                hash = Self.rotate(hash, 23) &* Self.prime2 &+ Self.prime3
                offset += 4
            }
            while offset < tail.count {
                hash ^= UInt64(tail[offset]) &* Self.prime5
                hash = Self.rotate(hash, 11) &* Self.prime1
                offset += 1
            }
            hash ^= hash >> 33
            hash &*= Self.prime2
            hash ^= hash >> 29
            hash &*= Self.prime3
            hash ^= hash >> 32
            return hash
        }
    }

    private mutating func consumeStripe(_ buffer: UnsafeRawBufferPointer, at offset: Int) {
        v1 = Self.round(v1, Self.word(buffer, offset))
        v2 = Self.round(v2, Self.word(buffer, offset + 8))
        v3 = Self.round(v3, Self.word(buffer, offset + 16))
        v4 = Self.round(v4, Self.word(buffer, offset + 24))
    }

    private static func word(_ buffer: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    private static func merge(_ hash: UInt64, _ accumulator: UInt64) -> UInt64 {
        (hash ^ round(0, accumulator)) &* prime1 &+ prime4
    }

    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
