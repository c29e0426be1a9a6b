/// What a file that is not UTF-8 seems to be saved as, so that the message can say how it
/// was saved and how to save it again.
public enum SuspectedEncoding: String, Sendable, Hashable {
    /// Notepad's and Word's "Unicode": a byte-order mark, or a zero byte beside each ASCII letter.
    case utf16
    /// The old Vietnamese Windows code page: every byte is one of its letters.
    case windows1258
    case unknown

    /// Guesses from the bytes of a file that is not valid UTF-8.
    static func guess(_ bytes: some Collection<UInt8>) -> SuspectedEncoding {
        let bytes = Array(bytes.prefix(4096))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .utf16 }
        // ASCII text in UTF-16 has a zero byte in every other place (before it in UTF-16BE,
        // after it in UTF-16LE).
        let evenZeros = stride(from: 0, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        let oddZeros = stride(from: 1, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        if bytes.count >= 4, max(evenZeros, oddZeros) * 4 >= bytes.count { return .utf16 }
        if !bytes.contains(0), bytes.contains(where: vietnameseInWindows1258.contains),
            bytes.allSatisfy({ !undefinedInWindows1258.contains($0) })
        {
            return .windows1258
        }
        return .unknown
    }

    /// Windows-1258's tone marks (grave, acute, hook, tilde, dot below) and its letters
    /// đ, ă, ơ, ư in both cases: nearly every line of Vietnamese has one.
    private static let vietnameseInWindows1258: Set<UInt8> = [
        0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xF0, 0xD0, 0xE3, 0xC3, 0xF5, 0xD5, 0xFD, 0xDD,
    ]

    /// The bytes Windows-1258 gives no character.
    private static let undefinedInWindows1258: Set<UInt8> = [0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E]
}
