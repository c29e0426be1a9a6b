/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(_ seed: UInt64, stream: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ stream &* 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A new independent stream, so a caller's later draws do not shift with the callee's.
    public mutating func split() -> SplitMix64 {
        SplitMix64(next(), stream: 0x5EED)
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < probability
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// `count` distinct items in their original order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices: [Int] = []
        let wanted = min(count, items.count)
        while indices.count < wanted {
            let index = int(0...(items.count - 1))
            if !indices.contains(index) { indices.append(index) }
        }
        return indices.sorted().map { items[$0] }
    }
}
