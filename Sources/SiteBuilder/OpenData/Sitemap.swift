/// `sitemap.xml` of every page, with `lastmod` from the content where the content has a date,
/// and the `robots.txt` that points crawlers to it.
struct Sitemap {
    struct Entry: Sendable {
        let address: String
        let lastModified: CalendarDate?
    }

    let baseURL: String
    let pages: [Entry]

    var xml: String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
        ]
        for page in pages where page.address != SiteAddress.notFound {
            var entry = "  <url><loc>\(baseURL)\(page.address)</loc>"
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
