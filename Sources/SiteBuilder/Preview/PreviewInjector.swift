import Foundation

/// Adds the reload script to an HTML page as it is served. Files on disk are never changed,
/// so the script cannot reach `public/`: only the preview server ever sends it.
enum PreviewInjector {
    static let scriptPath = "/__preview/reload.js"

    /// The tag, carrying the generation the page was served at, so the script knows whether
    /// a later build is newer than the page. A same-origin file: the pages' Content Security
    /// Policy (`default-src 'self'`) blocks inline scripts.
    static func tag(generation: Int) -> String {
        "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\" defer></script>\n"
    }

    /// `html` with the tag before its last `</body>`, or at its end when it has none.
    static func inject(into html: Data, generation: Int) -> Data {
        let tag = Data(tag(generation: generation).utf8)
        guard let end = lastBodyEnd(in: html) else { return html + tag }
        var result = Data(html[html.startIndex..<end])
        result.append(tag)
        result.append(html[end...])
        return result
    }

    /// Where the last `</body>` starts, in any letter case.
    private static func lastBodyEnd(in html: Data) -> Data.Index? {
        let needle = Array("</body>".utf8)
        let bytes = [UInt8](html)
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) {
            var matches = true
            for (offset, byte) in needle.enumerated() where lowercased(bytes[start + offset]) != byte {
                matches = false
                break
            }
            if matches { return html.startIndex + start }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
