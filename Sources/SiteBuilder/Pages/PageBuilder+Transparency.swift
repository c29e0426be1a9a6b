extension PageBuilder {
    /// The service-quality page, the list of reports and each report.
    func transparencyPages() -> [OutputPage.Source] {
        let figures = site.transparency
        var sources: [OutputPage.Source] = [{ [serviceIndexPage(figures)] }]
        if !figures.data.reports.isEmpty {
            sources.append { [reportListPage(figures)] }
            sources += figures.data.reports.indices.map { index in { [reportPage(figures, index: index)] } }
        }
        return sources
    }

    private func serviceIndexPage(_ figures: TransparencyFigures) -> OutputPage {
        page(
            SiteAddress.serviceIndex, template: "service-index", title: "Chỉ số phục vụ, mục tiêu cải cách và thống kê",
            description:
                "Kết quả đánh giá Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg, các mục tiêu cải cách thủ tục hành chính và số liệu thống kê tính từ nội dung của trang.",
            trail: [], TransparencyView.servicePage(figures, agency: site.settings.agency)
        ).modified(figures.today)
    }

    private func reportListPage(_ figures: TransparencyFigures) -> OutputPage {
        page(
            SiteAddress.reports, template: "reports", title: "Báo cáo tình hình kiểm soát thủ tục hành chính",
            description: "Báo cáo định kỳ về tình hình, kết quả kiểm soát thủ tục hành chính, mới nhất trước.", trail: [],
            ReportView.list(figures)
        ).modified(figures.data.reports.map(\.metadata.published).max())
    }

    private func reportPage(_ figures: TransparencyFigures, index: Int) -> OutputPage {
        let report = figures.data.reports[index].metadata
        return page(
            SiteAddress.report(report.period), template: "report",
            title: "Báo cáo kiểm soát thủ tục hành chính \(report.period.label.lowercasedFirst)",
            description: "Số liệu về tình hình, kết quả kiểm soát thủ tục hành chính \(report.period.label.lowercasedFirst).",
            trail: [("Báo cáo", SiteAddress.reports)], ReportView.page(report, computed: figures.reportFigures[index])
        ).modified(report.published)
    }
}

extension String {
    /// `quý II/2025` of `Quý II/2025`, inside a sentence.
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
