/// The pages of legal documents and news: their lists, their own pages and the news tags.
extension PageBuilder {
    /// How many news items the home page shows.
    static let latestNewsCount = 3
    /// List rows whose image shows on the first screen; later ones load lazily.
    static let eagerImageCount = 2

    /// The home page's latest news, or `NoValue` when there is none.
    func latestNews() -> any TemplateValue {
        let data = site.documentsAndNews
        // The home page's news come after its figures and decisions: below the first screen.
        return ProcedureView.container(data.news.prefix(Self.latestNewsCount).map { NewsView.summary($0, in: data, lazy: true) })
    }

    /// The document list, its status pages, the news list and the tag pages; a site without
    /// documents, or without news, has no such pages, as it had none before they existed.
    func documentAndNewsListPages() -> [OutputPage.Source] {
        let data = site.documentsAndNews
        var pages: [OutputPage.Source] = []
        if !data.documents.isEmpty {
            pages.append { [documentList(data.documents, status: nil)] }
            for status in RegulatoryDocumentStatus.allCases {
                pages.append { [documentList(data.documents.filter { $0.metadata.status == status }, status: status)] }
            }
        }
        guard !data.news.isEmpty else { return pages }
        pages += newsList(data.news, address: DocumentsAndNewsAddress.news, title: "Tin tức", tag: nil)
        for tag in Self.tags(data.news) {
            pages += newsList(
                data.news.filter { $0.metadata.tags.contains { VietnameseText.slug($0) == VietnameseText.slug(tag) } },
                address: DocumentsAndNewsAddress.newsTag(tag),
                title: "Tin tức chủ đề \(tag)", tag: tag)
        }
        return pages
    }

    /// Every document's and every news item's own page.
    func documentAndNewsPages() -> [OutputPage.Source] {
        let data = site.documentsAndNews
        let documents: [OutputPage.Source] = data.documents.map { entry in
            {
                [
                    page(
                        DocumentsAndNewsAddress.document(entry.document.source.baseName), template: "document",
                        title: "\(entry.metadata.type.label) số \(entry.metadata.number)", description: entry.metadata.title,
                        trail: [("Văn bản", DocumentsAndNewsAddress.documents)], ["document": DocumentView.page(entry, in: site)]
                    ).modified(entry.metadata.expiredOn ?? entry.metadata.effective ?? entry.metadata.issued)
                ]
            }
        }
        let news: [OutputPage.Source] = data.news.map { entry in
            {
                [
                    page(
                        DocumentsAndNewsAddress.newsItem(entry.document.source.baseName), template: "news-item",
                        title: entry.metadata.title, description: entry.metadata.summary,
                        trail: [("Tin tức", DocumentsAndNewsAddress.news)], ["item": NewsView.page(entry, in: site)]
                    ).modified(entry.metadata.date)
                ]
            }
        }
        return documents + news
    }

    /// Tags with an address, in Vietnamese order; spellings of one address are one tag, under
    /// the first spelling in that order.
    static func tags(_ news: [AssembledSite.Entry<NewsItem>]) -> [String] {
        var seen: Set<String> = []
        return Set(news.flatMap(\.metadata.tags)).sorted(by: VietnameseText.precedes).filter {
            let slug = VietnameseText.slug($0)
            return !slug.isEmpty && seen.insert(slug).inserted
        }
    }

    private func documentList(_ entries: [AssembledSite.Entry<RegulatoryDocument>], status: RegulatoryDocumentStatus?) -> OutputPage {
        let data = site.documentsAndNews
        let all = data.documents
        let address = status.map(DocumentsAndNewsAddress.documentStatus) ?? DocumentsAndNewsAddress.documents
        let filters: [TemplateNode] =
            [
                ["label": "Tất cả", "url": DocumentsAndNewsAddress.documents, "count": all.count, "current": status == nil]
            ]
            + RegulatoryDocumentStatus.allCases.map { option in
                [
                    "label": option.label, "url": DocumentsAndNewsAddress.documentStatus(option),
                    "count": all.filter { $0.metadata.status == option }.count, "current": option == status,
                ] as TemplateNode
            }
        let title = status.map { "Văn bản: \($0.label.prefix(1).lowercased() + $0.label.dropFirst())" } ?? "Văn bản quy phạm pháp luật"
        return page(
            address, template: "documents", title: title,
            description: "Văn bản quy phạm pháp luật và văn bản hướng dẫn là căn cứ của các thủ tục hành chính, theo loại và năm ban hành.",
            trail: status == nil ? [] : [("Văn bản", DocumentsAndNewsAddress.documents)],
            [
                "count": entries.count, "types": DocumentView.groupedByType(entries, citing: data.citingCodes),
                "filters": filters,
            ]
        ).modified(entries.map { $0.metadata.expiredOn ?? $0.metadata.issued }.max())
    }

    private func newsList(_ entries: [AssembledSite.Entry<NewsItem>], address: String, title: String, tag: String?) -> [OutputPage.Source] {
        let data = site.documentsAndNews
        return listPages(
            entries, address: address, template: "news-list", title: title,
            description: tag.map { "Tin tức về \($0), mới nhất trước." } ?? "Tin tức về cải cách thủ tục hành chính, mới nhất trước.",
            trail: tag == nil ? [] : [("Tin tức", DocumentsAndNewsAddress.news)], shortTitle: tag ?? "Tin tức",
            modified: entries.map(\.metadata.date).max()
        ) { rows, number in
            [
                "items": rows.enumerated().map { offset, entry in
                    NewsView.summary(entry, in: data, lazy: number > 1 || offset >= Self.eagerImageCount)
                },
                "count": entries.count, "tag": tag, "news_heading_level": 2,
                "feed_url": DocumentsAndNewsAddress.newsFeed,
                "tag_nav": ProcedureView.container(
                    Self.tags(data.news).map {
                        ["name": $0, "url": DocumentsAndNewsAddress.newsTag($0), "current": $0 == tag] as TemplateNode
                    }),
            ]
        }
    }
}
