/// Tin tức: one piece of news of the reform, as its file in `content/news/` states it.
struct NewsItem: Sendable {
    var title: String
    var date: CalendarDate
    var summary: String
    /// A path relative to `content/files/`.
    var image: String?
    var imageAlt: String?
    var tags: [String]
    var procedures: [String]
    /// Numbers of documents in `content/documents/`.
    var documents: [String]

    /// A summary is what lists, the feed and search show: a few lines, not an article.
    static let summaryLimit = 300
}
