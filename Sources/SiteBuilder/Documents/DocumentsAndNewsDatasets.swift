/// The `documents` and `news` datasets, each record beside its page as `index.json`.
struct DocumentsAndNewsDatasets {
    let site: AssembledSite
    let schemas: OpenDataSchemas

    func write(to sink: any OutputSink) throws(BuildFailure) -> [Dataset] {
        let data = site.documentsAndNews
        let baseURL = site.settings.baseURL
        var datasets: [Dataset] = []
        // A site without documents or news publishes no empty dataset of them.
        if !data.documents.isEmpty {
            datasets.append(
                try DatasetWriter(
                    name: "documents", schema: schemas["documents"], title: "Văn bản quy phạm pháp luật",
                    description:
                        "Văn bản quy phạm pháp luật và văn bản hướng dẫn là căn cứ của thủ tục hành chính, với tình trạng hiệu lực và mã các thủ tục căn cứ vào từng văn bản.",
                    modified: data.documents.map { $0.metadata.expiredOn ?? $0.metadata.issued }.max(), sources: data.documents,
                    record: { DocumentRecord($0.document, citing: data.citingCodes[$0.metadata.number] ?? [], baseURL: baseURL) },
                    page: { DocumentsAndNewsAddress.document($0.document.source.baseName) }
                ).write(to: sink))
        }
        if !data.news.isEmpty {
            datasets.append(
                try DatasetWriter(
                    name: "news", schema: schemas["news"], title: "Tin tức",
                    description: "Tin tức về cải cách thủ tục hành chính, mới nhất trước, với các thủ tục và văn bản liên quan.",
                    modified: data.news.map(\.metadata.date).max(), sources: data.news,
                    record: { NewsRecord($0.document, baseURL: baseURL) },
                    page: { DocumentsAndNewsAddress.newsItem($0.document.source.baseName) }
                ).write(to: sink))
        }
        return datasets
    }
}
