import Foundation

/// The Atom feed of news, `/tin-tuc/feed.xml`: each entry's id is the item's permanent address.
struct NewsFeed {
    let site: AssembledSite

    var file: (path: String, data: Data) {
        let baseURL = site.settings.baseURL
        let feed = AtomFeed(
            title: "Tin tức – \(site.settings.agency)", url: baseURL + DocumentsAndNewsAddress.newsFeed,
            pageURL: baseURL + DocumentsAndNewsAddress.news, author: site.settings.agency,
            entries: site.documentsAndNews.news.map { entry in
                AtomFeed.Entry(
                    title: entry.metadata.title, url: baseURL + DocumentsAndNewsAddress.newsItem(entry.document.source.baseName),
                    updated: entry.metadata.date, summary: entry.metadata.summary)
            })
        return (SiteAddress.outputPath(for: DocumentsAndNewsAddress.newsFeed), Data(feed.xml.utf8))
    }
}
