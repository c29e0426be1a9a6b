import Foundation

/// The width and height in pixels written in a JPEG, PNG or WebP file's header, which the page
/// writes on the `<img>` so that nothing moves when the image arrives.
enum RasterImageSize {
    static func of(_ data: Data, format: ImageFormat) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        switch format {
        case .png: return png(bytes)
        case .jpeg: return jpeg(bytes)
        case .webp: return webp(bytes)
        case .svg: return nil
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        (at..<at + count).reduce(0) { $0 << 8 | Int(bytes[$1]) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        (at..<at + count).reversed().reduce(0) { $0 << 8 | Int(bytes[$1]) }
    }

    /// IHDR is the first chunk: width and height at bytes 16 and 20.
    private static func png(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return positive(bigEndian(bytes, 16, 4), bigEndian(bytes, 20, 4))
    }

    /// The first start-of-frame segment holds the size; other segments are skipped by length.
    private static func jpeg(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return positive(bigEndian(bytes, index + 7, 2), bigEndian(bytes, index + 5, 2))
            }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) {
                index += 2
                continue
            }
            index += 2 + bigEndian(bytes, index + 2, 2)
        }
        return nil
    }

    /// Lossy (`VP8 `), lossless (`VP8L`) and extended (`VP8X`) WebP each write the size their own way.
    private static func webp(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count >= 30 else { return nil }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8 ":
            return positive(littleEndian(bytes, 26, 2) & 0x3FFF, littleEndian(bytes, 28, 2) & 0x3FFF)
        case "VP8L":
            let bits = littleEndian(bytes, 21, 4)
            return positive((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
        case "VP8X":
            return positive(littleEndian(bytes, 24, 3) + 1, littleEndian(bytes, 27, 3) + 1)
        default:
            return nil
        }
    }

    private static func positive(_ width: Int, _ height: Int) -> (width: Int, height: Int)? {
        width > 0 && height > 0 ? (width, height) : nil
    }
}
