/// What the service-quality page, the report pages and the home page show of the
/// transparency data: values for the templates, each chart's SVG beside the table of its
/// numbers.
enum TransparencyView {
    private static let number = NumberText.vietnamese

    /// The home page's link: the latest total and satisfaction, when there is an assessment.
    static func homeFigures(_ figures: TransparencyFigures) -> any TemplateValue {
        guard let latest = figures.latestAssessment else { return NoValue() }
        let satisfaction = figures.data.targets.first { $0.id == "hai-long" }?.values.last
        return [
            "total": number(latest.total), "period": latest.period.label, "url": SiteAddress.serviceIndex,
            "satisfaction": satisfaction.map { number($0.value) + " %" } ?? NoValue(),
            "satisfaction_period": satisfaction?.period.label ?? NoValue(),
        ] as TemplateNode
    }

    /// The values of `/chi-so-phuc-vu/`.
    static func servicePage(_ figures: TransparencyFigures, agency: String) -> TemplateNode {
        var values: TemplateNode = ["statistics": statistics(figures.statistics)]
        if let latest = figures.latestAssessment {
            values["latest"] = assessment(latest, agency: agency)
            let assessments = figures.data.assessments.map(\.metadata)
            let chart = ColumnChart(
                id: "xu-huong", title: "Tổng điểm Chỉ số phục vụ qua các kỳ đánh giá",
                description: "Tổng điểm trên 100 theo kỳ: "
                    + assessments.map { "\($0.period.label): \(number($0.total))" }.joined(separator: "; ") + ".",
                columns: assessments.map { ColumnChart.Column(period: $0.period, value: $0.total, text: number($0.total)) },
                ceiling: 100)
            values["trend"] =
                [
                    "chart_html": chart.svg,
                    "rows": assessments.reversed().map { ["period": $0.period.label, "total": number($0.total)] as TemplateNode },
                ] as TemplateNode
        }
        values["targets"] = figures.data.targets.enumerated().map { index, target in self.target(target, index: index, figures: figures) }
        values["has_targets"] = !figures.data.targets.isEmpty
        return values
    }

    private static func assessment(_ latest: ServiceAssessment, agency: String) -> TemplateNode {
        let groups = ServiceGroup.allCases.map { group in (group, latest.scores[group] ?? 0) }
        let chart = BarChart(
            id: "nhom-diem", title: "Điểm từng nhóm tiêu chí, \(latest.period.label)",
            description: "Tổng điểm \(number(latest.total))/100. "
                + groups.map { "\($0.0.label): \(number($0.1))/\($0.0.maximum)" }.joined(separator: "; ") + ".",
            bars: groups.map { group, score in
                BarChart.Bar(label: group.label, value: score, text: "\(number(score))/\(group.maximum)", maximum: Double(group.maximum))
            })
        return [
            "period": latest.period.label, "published": latest.published.display, "published_iso": latest.published.iso,
            "source": latest.source, "source_url": latest.sourceURL, "unit": latest.unit ?? agency, "note": latest.note,
            "total": number(latest.total), "chart_html": chart.svg,
            "groups": groups.map { group, score in
                ["label": group.label, "score": number(score), "maximum": group.maximum] as TemplateNode
            },
        ]
    }

    private static func target(_ target: ReformTarget, index: Int, figures: TransparencyFigures) -> TemplateNode {
        let unit = target.unit == .percent ? " %" : target.unit == .points ? " điểm" : ""
        let chart = ColumnChart(
            id: "muc-tieu-\(index + 1)", title: target.title,
            description: (target.values.isEmpty
                ? "Chưa có giá trị đo. "
                : "Giá trị đo: " + target.values.map { "\($0.period.label): \(number($0.value))\(unit)" }.joined(separator: "; ") + ". ")
                + "Mục tiêu (\(target.direction.label)): "
                + target.goals.map { "năm \($0.year): \(number($0.value))\(unit), \(figures.status(of: $0, in: target).label)" }
                .joined(separator: "; ") + ".",
            columns: target.values.map { ColumnChart.Column(period: $0.period, value: $0.value, text: number($0.value)) },
            goals: target.goals.map { ColumnChart.Goal(year: $0.year, value: $0.value, text: number($0.value)) },
            ceiling: target.unit == .percent ? 100 : nil)
        return [
            "id": target.id, "title": target.title, "source": target.source, "direction": target.direction.label,
            "chart_html": chart.svg,
            "values": target.values.map { value in
                ["period": value.period.label, "value": number(value.value) + unit, "source": value.source] as TemplateNode
            },
            "goals": target.goals.map { goal in
                let status = figures.status(of: goal, in: target)
                return ["year": goal.year, "value": number(goal.value) + unit, "status": status.rawValue, "status_label": status.label]
                    as TemplateNode
            },
        ]
    }

    private static func statistics(_ statistics: SiteStatistics) -> TemplateNode {
        func counts(_ id: String, _ title: String, _ rows: [SiteStatistics.Count]) -> TemplateNode {
            let chart = BarChart(
                id: id, title: title,
                description: title + ": " + rows.map { "\($0.label): \(number(Double($0.count)))" }.joined(separator: "; ") + ".",
                bars: rows.map { BarChart.Bar(label: $0.label, value: Double($0.count), text: number(Double($0.count))) })
            return ["chart_html": chart.svg, "rows": rows.map { ["label": $0.label, "count": $0.count] as TemplateNode }]
        }
        let acts = statistics.actsByYear
        let actsChart = BarChart(
            id: "cong-bo-theo-nam", title: "Thủ tục được công bố mới, sửa đổi, bãi bỏ theo năm",
            description: acts.isEmpty
                ? "Chưa có quyết định công bố."
                : acts.map { "Năm \($0.year): \($0.new) mới, \($0.amended) sửa đổi, \($0.abolished) bãi bỏ" }.joined(separator: "; ") + ".",
            bars: acts.flatMap { year in
                [
                    BarChart.Bar(label: "\(year.year): mới ban hành", value: Double(year.new), text: number(Double(year.new))),
                    BarChart.Bar(label: "\(year.year): sửa đổi, bổ sung", value: Double(year.amended), text: number(Double(year.amended))),
                    BarChart.Bar(label: "\(year.year): bãi bỏ", value: Double(year.abolished), text: number(Double(year.abolished))),
                ]
            })
        let days = statistics.daysByYear
        let daysChart = BarChart(
            id: "so-ngay-tra-loi", title: "Số ngày trung vị từ khi tiếp nhận đến khi trả lời phản ánh, kiến nghị",
            description: days.isEmpty
                ? "Chưa có phản ánh, kiến nghị được trả lời."
                : days.map { "Năm \($0.year): \(number($0.medianDays)) ngày (\($0.answered) phản ánh, kiến nghị)" }.joined(separator: "; ")
                    + ".",
            bars: days.map { BarChart.Bar(label: "Năm \($0.year)", value: $0.medianDays, text: number($0.medianDays) + " ngày") })
        return [
            "in_force": statistics.inForce, "full_share": number(statistics.fullyOnlineShare) + " %",
            "fields": counts("theo-linh-vuc", "Thủ tục đang có hiệu lực theo lĩnh vực", statistics.byField),
            "levels": counts("theo-cap", "Thủ tục đang có hiệu lực theo cấp thực hiện", statistics.byLevel),
            "online": counts("theo-muc-do", "Thủ tục đang có hiệu lực theo mức độ dịch vụ công trực tuyến", statistics.byOnline),
            "feedback": counts("phan-anh-theo-tinh-trang", "Phản ánh, kiến nghị theo tình trạng xử lý", statistics.feedbackByStatus),
            "acts": [
                "chart_html": actsChart.svg,
                "rows": acts.map { ["year": $0.year, "new": $0.new, "amended": $0.amended, "abolished": $0.abolished] as TemplateNode },
            ] as TemplateNode,
            "days": [
                "chart_html": daysChart.svg,
                "rows": days.map { ["year": $0.year, "answered": $0.answered, "median": number($0.medianDays)] as TemplateNode },
            ] as TemplateNode,
        ]
    }
}
