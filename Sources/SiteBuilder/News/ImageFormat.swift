import Foundation

/// The image formats a news item may show, told by the file's first bytes, never its name.
enum ImageFormat: String, Sendable {
    case jpeg, png, webp, svg

    /// The format these bytes start with, if one of the four.
    static func of(_ data: Data) -> ImageFormat? {
        let bytes = [UInt8](data.prefix(16))
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        if SVGImage.looksLikeSVG(data) { return .svg }
        return nil
    }
}
