/// What the report pages show: the figures editors gave beside those the build computed
/// for the same period, each row saying where it came from.
enum ReportView {
    private static let number = NumberText.vietnamese
    static let givenSource = "Đơn vị báo cáo (hệ thống một cửa)"
    static let computedSource = "Tính từ nội dung trang này"

    /// `/bao-cao/`: newest first (by period's end, a year after its last quarter).
    static func list(_ figures: TransparencyFigures) -> TemplateNode {
        [
            "reports": figures.data.reports.reversed().map { document in
                let report = document.metadata
                return [
                    "period": report.period.label, "url": SiteAddress.report(report.period), "published": report.published.display,
                    "published_iso": report.published.iso,
                ] as TemplateNode
            }
        ]
    }

    /// The rows of one report as the page, its CSV and its JSON give them: label, value, source.
    static func rows(_ report: PeriodicReport, computed: ReportFigures) -> [(key: String, label: String, value: String, source: String)] {
        var rows = PeriodicReport.Figure.allCases.compactMap { figure in
            report.figures[figure].map { ("dossiers." + figure.rawValue, figure.label, number(Double($0)), givenSource) }
        }
        let computedRows: [(String, String, Int)] = [
            ("computed.new", "Thủ tục được công bố mới ban hành trong kỳ", computed.new),
            ("computed.amended", "Thủ tục được công bố sửa đổi, bổ sung, thay thế trong kỳ", computed.amended),
            ("computed.abolished", "Thủ tục được công bố bãi bỏ trong kỳ", computed.abolished),
            ("computed.in_force_at_end", "Thủ tục đang có hiệu lực cuối kỳ", computed.inForceAtEnd),
            ("computed.online_at_end", "Trong đó cung cấp dịch vụ công trực tuyến", computed.onlineAtEnd),
            ("computed.feedback_received", "Phản ánh, kiến nghị tiếp nhận trong kỳ", computed.feedbackReceived),
            ("computed.feedback_answered", "Phản ánh, kiến nghị đã trả lời trong kỳ", computed.feedbackAnswered),
        ]
        rows += computedRows.map { ($0.0, $0.1, number(Double($0.2)), computedSource) }
        rows.append((
            "computed.median_days", "Số ngày trung vị từ tiếp nhận đến trả lời", computed.medianDays.map { number($0) + " ngày" } ?? "–",
            computedSource
        ))
        return rows
    }

    static func page(_ report: PeriodicReport, computed: ReportFigures) -> TemplateNode {
        [
            "period": report.period.label, "period_text": report.period.text, "start": report.period.start.display,
            "end": report.period.end.display, "published": report.published.display, "published_iso": report.published.iso,
            "note": report.note,
            "rows": rows(report, computed: computed).map { ["label": $0.label, "value": $0.value, "source": $0.source] as TemplateNode },
            "csv_url": SiteAddress.report(report.period) + "bao-cao.csv", "json_url": SiteAddress.report(report.period) + "index.json",
        ]
    }
}
