/// `sitemap.xml` of every page, with `lastmod` from the content where the content has a date,
/// and the `robots.txt` that points crawlers to it.
struct Sitemap {
    struct Entry: Sendable {
        let address: String
        let lastModified: CalendarDate?
    }

    let baseURL: String
    let pages: [Entry]

    /// The sitemap protocol allows 50,000 addresses per file; past that, `sitemap.xml` becomes
    /// an index of numbered sitemaps.
    var limit = 50_000

    /// `sitemap.xml`, and the numbered sitemaps it indexes when the site has more pages than
    /// one sitemap may list.
    var files: [(path: String, xml: String)] {
        let listed = pages.filter { $0.address != SiteAddress.notFound }
        guard listed.count > limit else { return [("sitemap.xml", urlSet(listed))] }
        let parts = stride(from: 0, to: listed.count, by: limit).map { Array(listed[$0..<min($0 + limit, listed.count)]) }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
        ]
        for (index, part) in parts.enumerated() {
            var entry = "  <sitemap><loc>\(XMLText.escaped(baseURL))/sitemap-\(index + 1).xml</loc>"
            if let date = part.compactMap(\.lastModified).max() { entry += "<lastmod>\(date.iso)</lastmod>" }
            lines.append(entry + "</sitemap>")
        }
        lines.append("</sitemapindex>")
        return [("sitemap.xml", lines.joined(separator: "\n") + "\n")]
            + parts.enumerated().map { ("sitemap-\($0.offset + 1).xml", urlSet($0.element)) }
    }

    private func urlSet(_ pages: [Entry]) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
        ]
        let base = XMLText.escaped(baseURL)
        for page in pages {
            var entry = "  <url><loc>\(base)\(XMLText.escaped(page.address))</loc>"
            if let date = page.lastModified { entry += "<lastmod>\(date.iso)</lastmod>" }
            lines.append(entry + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    var robots: String {
        "User-agent: *\nAllow: /\n\nSitemap: \(baseURL)/sitemap.xml\n"
    }
}
