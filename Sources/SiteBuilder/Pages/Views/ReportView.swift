import Foundation

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

    /// One row of a report: its key in the CSV, what it counts, its value and where it came from.
    struct Row: Encodable, Sendable {
        let key: String
        let label: String
        let value: Double?
        let source: String
    }

    /// The rows of one report as the page and its CSV give them.
    static func rows(_ report: PeriodicReport, computed: ReportFigures) -> [Row] {
        var rows = PeriodicReport.Figure.allCases.compactMap { figure in
            report.figures[figure].map {
                Row(key: "dossiers." + figure.rawValue, label: figure.label, value: Double($0), source: givenSource)
            }
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
        rows += computedRows.map { Row(key: $0.0, label: $0.1, value: Double($0.2), source: computedSource) }
        rows.append(
            Row(
                key: "computed.median_days", label: "Số ngày trung vị từ tiếp nhận đến trả lời", value: computed.medianDays,
                source: computedSource))
        return rows
    }

    /// The report's CSV, for the agency's upward reporting: one row per figure.
    static func csv(_ report: PeriodicReport, computed: ReportFigures) -> Data {
        CSVTable.data(rows(report, computed: computed), columns: ["key", "label", "value", "source"])
    }

    static func page(_ report: PeriodicReport, computed: ReportFigures) -> TemplateNode {
        [
            "period": report.period.label, "period_text": report.period.text, "start": report.period.start.display,
            "end": report.period.end.display, "published": report.published.display, "published_iso": report.published.iso,
            "note": report.note,
            "rows": rows(report, computed: computed).map { row in
                ["label": row.label, "value": row.value.map(number) ?? "–", "source": row.source] as TemplateNode
            },
            "csv_url": SiteAddress.report(report.period) + "bao-cao.csv", "json_url": SiteAddress.report(report.period) + "index.json",
        ]
    }
}
