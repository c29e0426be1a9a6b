import Foundation

/// The `service-index`, `targets`, `statistics` and `reports` datasets, with the data of the
/// service-quality page and of the report pages (`index.json`) and each report's CSV.
struct TransparencyDatasets {
    let site: AssembledSite
    let schemas: OpenDataSchemas

    /// What `/chi-so-phuc-vu/index.json` holds: the page's three parts, as in the datasets.
    struct ServicePageData: Encodable {
        let assessments: [ServiceIndexRecord]
        let targets: [TargetRecord]
        let statistics: [StatisticRecord]
    }

    struct ReportListData: Encodable {
        let reports: [ReportRecord]
    }

    func write(to sink: any OutputSink) throws(BuildFailure) -> [Dataset] {
        let figures = site.transparency
        let baseURL = site.settings.baseURL
        let assessments = figures.data.assessments.map { ServiceIndexRecord($0.metadata, agency: site.settings.agency) }
        let targets = figures.data.targets.map { TargetRecord($0, figures: figures) }
        let statistics = StatisticRecord.all(figures.statistics)
        let reports = zip(figures.data.reports, figures.reportFigures).map { document, computed in
            (document.metadata, computed, ReportRecord(document.metadata, computed: computed, baseURL: baseURL))
        }
        let datasets = [
            try DatasetWriter(
                name: "service-index", schema: schemas["service-index"], title: "Chỉ số phục vụ người dân, doanh nghiệp",
                description:
                    "Kết quả đánh giá Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg qua các kỳ: điểm từng nhóm tiêu chí và tổng điểm.",
                modified: figures.data.assessments.map(\.metadata.published).max(), sources: assessments, record: { $0 }
            ).write(to: sink),
            try DatasetWriter(
                name: "targets", schema: schemas["targets"], title: "Mục tiêu cải cách thủ tục hành chính",
                description:
                    "Các mục tiêu cải cách với mức mục tiêu theo năm, tình trạng thực hiện tính theo quy tắc đã công bố và giá trị đo được.",
                modified: figures.today, sources: targets, record: { $0 }
            ).write(to: sink),
            try DatasetWriter(
                name: "statistics", schema: schemas["statistics"], title: "Thống kê thủ tục hành chính và phản ánh, kiến nghị",
                description:
                    "Số liệu tính từ nội dung của trang: thủ tục đang có hiệu lực theo lĩnh vực, cấp, mức độ trực tuyến; thủ tục được công bố theo năm; phản ánh, kiến nghị theo tình trạng và thời gian trả lời.",
                modified: site.dataDate, sources: statistics, record: { $0 }
            ).write(to: sink),
            try DatasetWriter(
                name: "reports", schema: schemas["reports"], title: "Báo cáo tình hình kiểm soát thủ tục hành chính",
                description: "Số liệu báo cáo định kỳ do đơn vị cung cấp, bên cạnh số liệu tính từ nội dung của trang cho cùng kỳ.",
                modified: figures.data.reports.map(\.metadata.published).max(), sources: reports, record: { $0.2 },
                page: { SiteAddress.report($0.0.period) }
            ).write(to: sink),
        ]
        try sink.add(
            SiteAddress.outputPath(for: SiteAddress.serviceIndex + "index.json"),
            Self.line(ServicePageData(assessments: assessments, targets: targets, statistics: statistics)))
        if !reports.isEmpty {
            try sink.add(
                SiteAddress.outputPath(for: SiteAddress.reports + "index.json"),
                Self.line(ReportListData(reports: reports.reversed().map(\.2))))
            for (report, computed, _) in reports {
                try sink.add(
                    SiteAddress.outputPath(for: SiteAddress.report(report.period) + "bao-cao.csv"),
                    ReportView.csv(report, computed: computed))
            }
        }
        return datasets
    }

    private static func line<Value: Encodable>(_ value: Value) -> Data {
        OpenDataEncoder.encode(value) + Data("\n".utf8)
    }
}
