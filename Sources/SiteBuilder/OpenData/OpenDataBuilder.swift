import Foundation

/// Builds the open data that Decree 47/2020 asks for from the assembled site: four datasets
/// (JSON, CSV, JSON Schema) and each page's record at `<page address>index.json`.
struct OpenDataBuilder {
    let site: AssembledSite
    let schemas: OpenDataSchemas

    private var baseURL: String { site.settings.baseURL }

    /// Writes the four datasets, one after another, with each procedure, decision and
    /// feedback page's record beside it; returns what the open data page shows of them.
    func writeDatasets(to sink: any OutputSink) throws(BuildFailure) -> [Dataset] {
        let online = site.proceduresInForce.filter { $0.procedure.online != .none }
        let newestHistory = AssembledSite.newestHistoryDate
        return [
            try DatasetWriter(
                name: "procedures", schema: schemas["procedures"], title: "Thủ tục hành chính",
                description:
                    "Toàn bộ thủ tục hành chính, kể cả thủ tục đã bãi bỏ (đánh dấu), với cách thức thực hiện, thời hạn, phí, kết quả, mẫu đơn, căn cứ pháp lý và lịch sử công bố.",
                modified: newestHistory(site.procedures), sources: site.procedures, record: { ProcedureRecord($0, baseURL: baseURL) },
                page: { SiteAddress.procedure($0.procedure.code) }
            ).write(to: sink),
            try DatasetWriter(
                name: "online-services", schema: schemas["online-services"], title: "Dịch vụ công trực tuyến",
                description:
                    "Thủ tục hành chính đang có hiệu lực cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần theo Nghị định 42/2022/NĐ-CP.",
                modified: newestHistory(online), sources: online, record: { OnlineServiceRecord($0, baseURL: baseURL) }
            ).write(to: sink),
            try DatasetWriter(
                name: "decisions", schema: schemas["decisions"], title: "Quyết định công bố thủ tục hành chính",
                description: "Quyết định công bố với mã các thủ tục mới ban hành, sửa đổi, bổ sung, thay thế và bãi bỏ.",
                modified: site.decisions.map(\.metadata.issued).max(), sources: site.decisions,
                record: { DecisionRecord($0.document, baseURL: baseURL) }, page: { SiteAddress.decision($0.document.source.baseName) }
            ).write(to: sink),
            try DatasetWriter(
                name: "feedback", schema: schemas["feedback"], title: "Kết quả xử lý phản ánh, kiến nghị",
                description: "Kết quả xử lý phản ánh, kiến nghị về quy định hành chính; không chứa thông tin cá nhân của người phản ánh.",
                modified: site.feedback.flatMap { [$0.metadata.received, $0.metadata.handled].compactMap { $0 } }.max(),
                sources: site.feedback, record: { FeedbackRecord($0.metadata, baseURL: baseURL) },
                page: { SiteAddress.feedback($0.metadata.id) }
            ).write(to: sink),
        ] + (try TransparencyDatasets(site: site, schemas: schemas).write(to: sink))
            + (try DocumentsAndNewsDatasets(site: site, schemas: schemas).write(to: sink))
    }

    /// Atom feeds of announcing decisions and of feedback handling results, newest first: the
    /// path of each file in the site, and its bytes.
    func feeds() -> [(path: String, data: Data)] {
        let decisions = AtomFeed(
            title: "Quyết định công bố thủ tục hành chính – \(site.settings.agency)", url: baseURL + Self.decisionFeed,
            pageURL: baseURL + SiteAddress.decisions, author: site.settings.agency,
            entries: site.decisions.map { entry in
                AtomFeed.Entry(
                    title: "Quyết định số \(entry.metadata.number)", url: baseURL + SiteAddress.decision(entry.document.source.baseName),
                    updated: entry.metadata.issued, summary: entry.metadata.title)
            })
        let feedback = AtomFeed(
            title: "Kết quả xử lý phản ánh, kiến nghị – \(site.settings.agency)", url: baseURL + Self.feedbackFeed,
            pageURL: baseURL + SiteAddress.feedback, author: site.settings.agency,
            entries: site.feedback.map { entry in
                AtomFeed.Entry(
                    title: entry.metadata.title, url: baseURL + SiteAddress.feedback(entry.metadata.id),
                    updated: entry.metadata.handled ?? entry.metadata.received,
                    summary: "\(entry.metadata.status.label) – \(entry.metadata.agency)")
            })
        return [
            (SiteAddress.outputPath(for: Self.decisionFeed), Data(decisions.xml.utf8)),
            (SiteAddress.outputPath(for: Self.feedbackFeed), Data(feedback.xml.utf8)),
        ] + (site.documentsAndNews.news.isEmpty ? [] : [NewsFeed(site: site).file])
    }

    static let decisionFeed = "/quyet-dinh/feed.xml"
    static let feedbackFeed = "/phan-anh-kien-nghi/feed.xml"
}
