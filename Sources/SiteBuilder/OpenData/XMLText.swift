/// Text as XML writes it, for the feeds and the sitemap: an `&` in an address (allowed
/// there, as in `?a=1&b=2`) would otherwise make the whole file unreadable to a crawler.
enum XMLText {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
