import Foundation

/// Finishes cmark's HTML: ids on headings; classes instead of the obsolete `align`
/// attribute, which a theme under a strict Content-Security-Policy cannot rely on; and a
/// scrolling box around each table, so a wide dossier table never widens a phone's page;
/// and a caption on each table, from the heading it stands under; and `<br>` for each line
/// break tag the renderer kept.
///
/// One pass over the bytes, copying the text between tags in one piece: this runs on every
/// page of a national catalogue.
enum HTMLPostProcessor {
    /// Fixed tag rewrites, tried at each `<` followed by `t` or `/`.
    private static let rewrites: [(tag: [UInt8], replacement: [UInt8])] = {
        var rewrites = [
            (Array("</table>".utf8), Array("</table></div>".utf8))
        ]
        for cell in ["th", "td"] {
            for alignment in ["left", "center", "right"] {
                rewrites.append(
                    (Array("<\(cell) align=\"\(alignment)\"".utf8), Array("<\(cell) class=\"align-\(alignment)\"".utf8)))
            }
        }
        return rewrites
    }()

    private static let tableTag = Array("<table>".utf8)
    /// What cmark's safe mode writes for raw HTML. `MarkdownRenderer` removes every raw HTML
    /// node but the line breaks it keeps, so each of these stands for a `<br>`.
    private static let omittedHTML = Array("<!-- raw HTML omitted -->".utf8)
    private static let lineBreak = Array("<br>".utf8)
    private static let tableOpening = Array("<div class=\"table-scroll\"><table>".utf8)

    /// - Parameter headingIDs: one id per heading, in document order. Raw HTML was removed
    ///   before rendering, so every `<hN>` tag in `html` is a heading of the tree, in order.
    /// - Parameter tableCaptions: one optional caption per table, in document order.
    static func finish(_ html: String, headingIDs: [String], tableCaptions: [String?] = []) -> String {
        var html = html
        return html.withUTF8 { finish($0, headingIDs: headingIDs, tableCaptions: tableCaptions) }
    }

    /// `finish` on the UTF-8 bytes of the HTML, such as cmark's own buffer, without copying
    /// them into a string first.
    static func finish(_ bytes: UnsafeBufferPointer<UInt8>, headingIDs: [String], tableCaptions: [String?] = []) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 16 + headingIDs.count * 32)
        var ids = headingIDs.makeIterator()
        var captions = tableCaptions.makeIterator()
        var index = 0
        while let open = bytes.offset(of: UInt8(ascii: "<"), from: index) {
            output.append(contentsOf: bytes[index..<open])
            index = open
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if index + 3 < bytes.count, next == UInt8(ascii: "h"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">"),
                let id = ids.next()
            {
                output += Array("<h".utf8) + [bytes[index + 2]] + Array(" id=\"\(id)\">".utf8)
                index += 4
            } else if next == UInt8(ascii: "t"), bytes[index...].starts(with: tableTag) {
                output += tableOpening
                if case .some(.some(let caption)) = captions.next() {
                    output += Array("\n<caption>\(HTMLText.escaped(caption))</caption>".utf8)
                }
                index += tableTag.count
            } else if next == UInt8(ascii: "!"), bytes[index...].starts(with: omittedHTML) {
                output += lineBreak
                index += omittedHTML.count
            } else if mayBeRewritten(bytes, at: index), let rewrite = rewrites.first(where: { bytes[index...].starts(with: $0.tag) }) {
                output += rewrite.replacement
                index += rewrite.tag.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        output.append(contentsOf: bytes[index...])
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the tag at `index` starts as one of `rewrites` may: `</ta…` or `<th ` / `<td `.
    /// Most tags are neither, and are let through without trying each rewrite.
    private static func mayBeRewritten(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 3 < bytes.count else { return false }
        let (next, third, fourth) = (bytes[index + 1], bytes[index + 2], bytes[index + 3])
        return next == UInt8(ascii: "/") && third == UInt8(ascii: "t") && fourth == UInt8(ascii: "a")
            || next == UInt8(ascii: "t") && (third == UInt8(ascii: "h") || third == UInt8(ascii: "d")) && fourth == UInt8(ascii: " ")
    }
}
