/// The values templates read about news items.
enum NewsView {
    static func link(_ document: ContentDocument<NewsItem>) -> TemplateNode {
        [
            "title": document.metadata.title, "url": DocumentsAndNewsAddress.newsItem(document.source.baseName),
            "date": document.metadata.date.display, "date_iso": document.metadata.date.iso,
        ]
    }

    /// A list row; `lazy` when the row is below the first screen, where the image can wait.
    static func summary(_ entry: AssembledSite.Entry<NewsItem>, in data: DocumentsAndNews, lazy: Bool) -> TemplateNode {
        var view = link(entry.document)
        view["summary"] = entry.metadata.summary
        view["image"] = image(entry.metadata, in: data, lazy: lazy)
        view["tags"] = tags(entry.metadata)
        return view
    }

    static func image(_ item: NewsItem, in data: DocumentsAndNews, lazy: Bool) -> any TemplateValue {
        guard let path = item.image, let image = data.images[path] else { return NoValue() }
        return [
            "url": SiteAddress.file(path), "alt": item.imageAlt ?? "", "width": image.width, "height": image.height,
            "lazy": lazy,
        ] as TemplateNode
    }

    static func tags(_ item: NewsItem) -> any TemplateValue {
        ProcedureView.container(
            item.tags.filter { !VietnameseText.slug($0).isEmpty }.map {
                ["name": $0, "url": DocumentsAndNewsAddress.newsTag($0)] as TemplateNode
            })
    }

    static func page(_ entry: AssembledSite.Entry<NewsItem>, in site: AssembledSite) -> TemplateNode {
        let item = entry.metadata
        var view = link(entry.document)
        view["summary"] = item.summary
        // The item's own image is at the top of its page: loaded at once.
        view["image"] = image(item, in: site.documentsAndNews, lazy: false)
        view["tags"] = tags(item)
        view["body_html"] = entry.body.html
        let procedures = item.procedures.compactMap { site.proceduresByCode[$0].map(ProcedureView.summary) }
        view["related"] = procedures.isEmpty ? NoValue() : ["procedures": procedures] as TemplateNode
        view["documents"] = ProcedureView.container(
            item.documents.compactMap {
                site.documentsAndNews.documentsByNumber[$0].map(DocumentView.link)
            })
        return view
    }
}
