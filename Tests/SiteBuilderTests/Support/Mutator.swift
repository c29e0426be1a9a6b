import Foundation
import SyntheticCorpus

/// Deterministic damage to a file's bytes, as editors, editors' tools and bad disks do it.
struct Mutator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed, stream: 0xF022) }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : random.int(0...(bound - 1)) }

    static let garbage = [
        "key: [", "&anchor value", "- *alias", "---", "- - -", ": :", "\t\tindented: tab", "|||", "![[]()![[]()",
        "title: \"unterminated", "levels: {province", "<script>alert(1)</script>", "[x](javascript:alert(1))",
        "\u{0}", "code: 9.99", "online: full", "channels: []", "0912 345 678", "? complex key",
    ]

    /// One mutation of `data`, and what it was, for the failure message.
    mutating func mutate(_ data: Data) -> (Data, String) {
        var bytes = [UInt8](data)
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { [UInt8]($0) }
        func joined() -> Data { Data(lines.joined(separator: [UInt8(ascii: "\n")])) }
        switch below(6) {
        case 0:
            let cut = below(bytes.count)
            return (Data(bytes.prefix(cut)), "truncated at byte \(cut)")
        case 1:
            let count = 1 + below(8)
            for _ in 0..<count where !bytes.isEmpty { bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next()) }
            return (Data(bytes), "\(count) random bytes")
        case 2:
            let line = below(lines.count)
            lines.remove(at: line)
            return (joined(), "deleted line \(line + 1)")
        case 3:
            let first = below(lines.count)
            let second = below(lines.count)
            lines.swapAt(first, second)
            return (joined(), "swapped lines \(first + 1) and \(second + 1)")
        case 4:
            let line = below(lines.count)
            lines.insert(lines[line], at: line)
            return (joined(), "repeated line \(line + 1)")
        default:
            let line = below(lines.count + 1)
            let text = Self.garbage[below(Self.garbage.count)]
            lines.insert([UInt8](text.utf8), at: line)
            return (joined(), "inserted \(text.debugDescription) at line \(line + 1)")
        }
    }
}
