import Foundation
import Testing

@testable import SiteBuilder

/// Every number of the service-quality page, the reports and their datasets equals the one
/// the test computes itself from the content; an edit changes exactly the figures that
/// depend on what was edited.
@Suite("transparency figures", .serialized)
struct TransparencyFiguresTests {
    /// The committed sample site, in a fresh folder.
    private func sampleSite() throws -> SiteFixture {
        let site = try SiteFixture("", withTheme: true)
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        return site
    }

    private func json(_ site: SiteFixture, _ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(site.output(path).utf8)) as? [String: Any])
    }

    /// The `statistics` dataset, keyed as `IndependentContent.statistics` keys it.
    private func publishedStatistics(_ site: SiteFixture) throws -> [String: Double] {
        let records = try #require(try json(site, "du-lieu-mo/statistics.json")["records"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: records.map { record in
                let key = "\(record["measure"]!)|\(record["category"] as? String ?? "")|\((record["year"] as? Int).map(String.init) ?? "")"
                return (key, (record["value"] as! NSNumber).doubleValue)
            })
    }

    /// The `computed_…` figures of the `reports` dataset.
    private func publishedReportFigures(_ site: SiteFixture) throws -> [String: Double] {
        let records = try #require(try json(site, "du-lieu-mo/reports.json")["records"] as? [[String: Any]])
        var figures: [String: Double] = [:]
        for record in records {
            for (key, value) in record where key.hasPrefix("computed_") {
                figures["\(record["period"]!)|\(key)"] = (value as! NSNumber).doubleValue
            }
        }
        return figures
    }

    /// A table's rows of a page, as (row heading, cells) with the tags taken out.
    private func rows(_ html: String) -> [(String, [String])] {
        let pattern = try! NSRegularExpression(pattern: "<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>")
        let cell = try! NSRegularExpression(pattern: "<td[^>]*>(.*?)</td>")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            let heading = String(html[Range(match.range(at: 1), in: html)!])
            let rest = String(html[Range(match.range(at: 2), in: html)!])
            let cells = cell.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)).map {
                String(rest[Range($0.range(at: 1), in: rest)!]).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            }
            return (heading, cells)
        }
    }

    private func vietnamese(_ value: Double) -> String {
        value == value.rounded() ? MessageArgument.format(Int(value), in: .vi) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    private func expectRecomputed(_ site: SiteFixture, _ context: String) throws {
        let content = try IndependentContent(root: site.root)
        #expect(try publishedStatistics(site) == content.statistics, "\(context): statistics")
        #expect(try publishedReportFigures(site) == content.reportFigures, "\(context): report figures")

        // The pages say the same numbers as the datasets.
        let page = try site.output("chi-so-phuc-vu/index.html")
        let statistics = content.statistics
        let pageRows = rows(page)
        for (key, value) in statistics {
            let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            switch parts[0] {
            case "in_force_by_field", "in_force_by_level", "in_force_by_online", "feedback_by_status":
                #expect(
                    pageRows.contains { $0.0 == XMLText.escaped(parts[1]) && $0.1 == [vietnamese(value)] }, "\(context): \(key) on the page"
                )
            case "feedback_median_days":
                #expect(pageRows.contains { $0.0 == parts[2] && $0.1.last == vietnamese(value) }, "\(context): \(key) on the page")
            case "announced_new":
                let amended = statistics["announced_amended||\(parts[2])"]!
                let abolished = statistics["announced_abolished||\(parts[2])"]!
                #expect(
                    pageRows.contains { $0.0 == parts[2] && $0.1 == [value, amended, abolished].map(vietnamese) }, "\(context): \(key)")
            default: break
            }
        }
        #expect(page.contains(vietnamese(statistics["fully_online_percent||"]!) + " %</span>"), "\(context): share fully online")
        for report in content.reports {
            let reportRows = rows(try site.output("bao-cao/\(report.period)/index.html"))
            let shown = Dictionary(reportRows.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
            let figures = content.reportFigures
            #expect(shown["Thủ tục được công bố mới ban hành trong kỳ"]?.first == vietnamese(figures["\(report.period)|computed_new"]!))
            #expect(shown["Thủ tục đang có hiệu lực cuối kỳ"]?.first == vietnamese(figures["\(report.period)|computed_in_force_at_end"]!))
            #expect(
                shown["Trong đó cung cấp dịch vụ công trực tuyến"]?.first == vietnamese(figures["\(report.period)|computed_online_at_end"]!)
            )
            #expect(
                shown["Phản ánh, kiến nghị đã trả lời trong kỳ"]?.first
                    == vietnamese(figures["\(report.period)|computed_feedback_answered"]!))
            #expect(
                shown["Số ngày trung vị từ tiếp nhận đến trả lời"]?.first == figures["\(report.period)|computed_median_days"].map(
                    vietnamese) ?? "–")
        }
    }

    @Test("every statistic and report figure equals the one recomputed from the content")
    func recomputed() throws {
        let site = try sampleSite()
        defer { site.delete() }
        try site.build()
        try expectRecomputed(site, "sample site")
    }

    /// Builds, applies `edit`, builds again: the keys of the figures that changed.
    private func changes(_ edit: (SiteFixture) throws -> Void) throws -> (statistics: Set<String>, reports: Set<String>) {
        let site = try sampleSite()
        defer { site.delete() }
        try site.build()
        let (statistics, reports) = (try publishedStatistics(site), try publishedReportFigures(site))
        try edit(site)
        try site.build()
        try expectRecomputed(site, "after the edit")
        let (newStatistics, newReports) = (try publishedStatistics(site), try publishedReportFigures(site))
        func changed(_ old: [String: Double], _ new: [String: Double]) -> Set<String> {
            Set(
                Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.map { String($0.split(separator: "|")[0...].first!) + "|" + $0 }
            )
        }
        return (changed(statistics, newStatistics), changed(reports, newReports))
    }

    private func replace(_ site: SiteFixture, _ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains(old))
        try site.write(text.replacingOccurrences(of: old, with: new), to: path)
    }

    /// The measures (or report figures) of a set of changed keys.
    private func measures(_ keys: Set<String>, report: Bool = false) -> Set<String> {
        Set(
            keys.map { key in
                let parts = key.split(separator: "|", omittingEmptySubsequences: false)
                return report ? String(parts.last!) : String(parts[1])
            })
    }

    @Test("changing one procedure's 'online' changes only the online figures")
    func onlineEdit() throws {
        let (statistics, reports) = try changes { site in
            try replace(site, "content/procedures/2.000693.md", "online: full\n", "online: none\n")
        }
        #expect(measures(statistics) == ["in_force_by_online", "fully_online_percent"])
        #expect(measures(reports, report: true) == ["computed_online_at_end"])
    }

    @Test("changing one decision's list changes only what decisions announced")
    func decisionListEdit() throws {
        let (statistics, reports) = try changes { site in
            try replace(site, "content/decisions/qd-1580-2025-btc.md", "  - \"1.001909\"\n", "")
        }
        #expect(
            measures(statistics) == [
                "announced_abolished", "in_force", "in_force_by_field", "in_force_by_level", "in_force_by_online", "fully_online_percent",
            ])
        #expect(measures(reports, report: true) == ["computed_abolished", "computed_in_force_at_end", "computed_online_at_end"])
    }

    @Test("changing one feedback result's dates changes only the feedback figures")
    func feedbackDateEdit() throws {
        let (statistics, reports) = try changes { site in
            try replace(site, "content/feedback/PAKN-2025-0002.md", "handled: 2025-06-10", "handled: 2026-01-20")
        }
        #expect(measures(statistics) == ["feedback_answered", "feedback_median_days"])
        #expect(measures(reports, report: true) == ["computed_feedback_answered", "computed_median_days"])
    }
}
