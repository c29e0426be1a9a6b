import Foundation

/// Finishes cmark's HTML: ids on headings; classes instead of the obsolete `align`
/// attribute, which a theme under a strict Content-Security-Policy cannot rely on; and a
/// scrolling box around each table, so a wide dossier table never widens a phone's page.
enum HTMLPostProcessor {
    /// - Parameter headingIDs: one id per heading, in document order. Raw HTML was removed
    ///   before rendering, so every `<hN>` tag in `html` is a heading of the tree, in order.
    static func finish(_ html: String, headingIDs: [String]) -> String {
        var output = headingIDs.isEmpty ? html : withHeadingIDs(html, headingIDs)
        if output.contains("<table>") {
            output = output.replacingOccurrences(of: "<table>", with: "<div class=\"table-scroll\"><table>")
                .replacingOccurrences(of: "</table>", with: "</table></div>")
        }
        if output.contains(" align=\"") {
            for cell in ["th", "td"] {
                for alignment in ["left", "center", "right"] {
                    output = output.replacingOccurrences(
                        of: "<\(cell) align=\"\(alignment)\"", with: "<\(cell) class=\"align-\(alignment)\"")
                }
            }
        }
        return output
    }

    private static func withHeadingIDs(_ html: String, _ headingIDs: [String]) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + headingIDs.count * 32)
        var ids = headingIDs.makeIterator()
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            output += rest[..<open.lowerBound]
            rest = rest[open.lowerBound...]
            let tag = rest.prefix(4)
            if tag.count == 4, let level = tag.dropFirst(2).first, ("1"..."6").contains(level), tag.last == ">",
                let id = ids.next()
            {
                output += "<h\(level) id=\"\(id)\">"
                rest = rest.dropFirst(4)
            } else {
                output += "<h"
                rest = rest.dropFirst(2)
            }
        }
        output += rest
        return output
    }
}
