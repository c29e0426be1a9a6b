/// An Atom 1.0 feed (RFC 4287). Entry ids are the entries' permanent addresses, so they stay
/// the same from build to build; dates come from the content.
struct AtomFeed {
    struct Entry {
        let title: String
        let url: String
        let updated: CalendarDate
        let summary: String
    }

    let title: String
    /// The feed's own absolute address, also its id.
    let url: String
    /// The page the feed follows.
    let pageURL: String
    let author: String
    let entries: [Entry]

    var xml: String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">",
            "  <title>\(escaped(title))</title>",
            "  <id>\(escaped(url))</id>",
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(escaped(url))\"/>",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"\(escaped(pageURL))\"/>",
            "  <updated>\(timestamp(entries.map(\.updated).max()))</updated>",
            "  <author><name>\(escaped(author))</name></author>",
        ]
        for entry in entries {
            lines += [
                "  <entry>",
                "    <title>\(escaped(entry.title))</title>",
                "    <id>\(escaped(entry.url))</id>",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(escaped(entry.url))\"/>",
                "    <updated>\(timestamp(entry.updated))</updated>",
                "    <summary>\(escaped(entry.summary))</summary>",
                "  </entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Atom wants a date-time; content has days. An empty feed is dated at the epoch so
    /// the output never depends on the build clock.
    private func timestamp(_ date: CalendarDate?) -> String {
        (date?.iso ?? "1970-01-01") + "T00:00:00Z"
    }

    private func escaped(_ text: String) -> String { XMLText.escaped(text) }
}
