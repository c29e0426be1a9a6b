import Foundation
import Testing

@testable import SiteBuilder

/// `content/service-index/<period>.yml`, `content/targets.yml` and `content/reports/<period>.yml`
/// are read like every content file: each mistake with its file, line and what to write, and
/// nothing published while one is left.
@Suite("transparency data")
struct TransparencyDataTests {
    /// The diagnostics of the small site with these files added, after a first good build:
    /// the published site must be left as it was.
    private func mistakes(_ files: String, language: Language = .en) throws -> [String] {
        let site = try SiteFixture(Fixtures.smallSite + "\n" + TransparencyFixtures.all)
        defer { site.delete() }
        try site.build()
        let before = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        for (path, text) in SiteFixture.parse(files) { try site.write(text, to: path) }
        let found = site.diagnostics(in: language)
        #expect(try SiteFixture.snapshot(of: site.root.appendingPathComponent("public")) == before, "public/ untouched")
        return found
    }

    private func expect(_ files: String, language: Language = .en, _ expected: [String]) throws {
        let found = try mistakes(files, language: language)
        #expect(found == expected)
    }

    @Test("the sample files decode into periods, scores, targets and figures")
    func decodes() throws {
        let site = try SiteFixture(Fixtures.smallSite + "\n" + TransparencyFixtures.all)
        defer { site.delete() }
        #expect(site.diagnostics() == [])
        let loader = ContentLoader(root: site.root, fileSystem: LocalFileSystem())
        let (sources, _) = loader.load()
        var diagnostics: [Diagnostic] = []
        let data = TransparencyData.decode(sources.transparency, into: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(data.assessments.map(\.metadata.period.text) == ["2024", "2025-Q1"])
        #expect(data.assessments.map(\.metadata.total) == [88.8, 92])
        #expect(data.targets.map(\.id) == ["hai-long", "thanh-toan-truc-tuyen"])
        #expect(data.targets[0].goals == [ReformTarget.Goal(year: 2025, value: 90), ReformTarget.Goal(year: 2030, value: 95)])
        #expect(data.reports.first?.metadata.figures[.pending] == 80)
    }

    @Test("a group score above its maximum")
    func scoreAboveMaximum() throws {
        let file = TransparencyFixtures.assessment2024.replacingOccurrences(of: "online: 17.3", with: "online: 23.5")
            .replacingOccurrences(of: "total: 88.8", with: "")
        try expect(
            file,
            [
                "content/service-index/2024.yml:9:3: error: 'groups.online' is 23.5, but this group is scored from 0 to 22; write the published score, e.g. 'groups.online: 22'"
            ])
        try expect(
            file, language: .vi,
            [
                "content/service-index/2024.yml:9:3: lỗi: 'groups.online' ghi 23,5 điểm, nhưng nhóm này chỉ chấm từ 0 đến 22 điểm; hãy ghi đúng điểm đã công bố, như 'groups.online: 22'"
            ])
    }

    @Test("a total that is not the sum of the groups")
    func totalNotSum() throws {
        let file = TransparencyFixtures.assessment2024.replacingOccurrences(of: "total: 88.8", with: "total: 90")
        try expect(
            file,
            [
                "content/service-index/2024.yml:11:1: error: 'total' is 90 but the five groups add up to 88.8; write 'total: 88.8', or leave 'total' out and the site adds them up"
            ])
        try expect(
            file, language: .vi,
            [
                "content/service-index/2024.yml:11:1: lỗi: 'total' ghi 90 nhưng năm nhóm điểm cộng lại được 88,8; hãy ghi 'total: 88.8', hoặc bỏ khóa 'total' để trang tự cộng"
            ])
    }

    @Test("a total within 0.05 of the sum is accepted")
    func totalRounded() throws {
        let file = TransparencyFixtures.assessment2024.replacingOccurrences(of: "total: 88.8", with: "total: 88.85")
        try expect(file, [])
    }

    @Test("a period written two ways: the file's name and its 'period'")
    func periodNotFileName() throws {
        let file = TransparencyFixtures.assessment2025Q1.replacingOccurrences(of: "period: 2025-Q1", with: "period: 2025-Q2")
        try expect(
            file,
            [
                "content/service-index/2025-Q1.yml:1:1: error: 'period' is '2025-Q2' but the file is named '2025-Q1.yml': one period written two ways; rename the file '2025-Q2.yml', or write 'period: 2025-Q1'"
            ])
        let report = TransparencyFixtures.report2025Q1.replacingOccurrences(of: "period: 2025-Q1", with: "period: Q1/2025")
        try expect(
            report,
            [
                "content/reports/2025-Q1.yml:1:1: error: 'period' must be a period: a year (2025), a quarter (2025-Q2) or a month (2025-06), found 'Q1/2025'"
            ])
    }

    @Test("two files for one period")
    func twoFilesForOnePeriod() throws {
        let file = TransparencyFixtures.report2025Q1.replacingOccurrences(of: "2025-Q1.yml --", with: "2025-Q1.yaml --")
        try expect(
            file,
            [
                "content/reports/2025-Q1.yml:1:1: error: 'period' '2025-Q1' is already used by content/reports/2025-Q1.yaml"
            ])
    }

    @Test("a goal year given twice, a measured period given twice")
    func goalYearTwice() throws {
        let file = TransparencyFixtures.targets.replacingOccurrences(of: "{ year: 2030, value: 95 }", with: "{ year: 2025, value: 95 }")
            .replacingOccurrences(of: "{ period: 2025, value: 27.5 }", with: "{ period: 2024, value: 27.5 }")
        try expect(
            file,
            [
                "content/targets.yml:9:11: error: 'targets[1].goals' lists 'year: 2025' more than once",
                "content/targets.yml:24:11: error: 'targets[2].values' lists 'period: 2024' more than once",
            ])
    }

    @Test("a percentage above 100, a number written with a comma, a target id twice")
    func percentAbove100() throws {
        let file = TransparencyFixtures.targets.replacingOccurrences(
            of: "{ period: 2025, value: 90.4 }", with: "{ period: 2025, value: 104 }"
        )
        .replacingOccurrences(of: "{ period: 2024, value: 22 }", with: "{ period: 2024, value: \"22,5\" }")
        .replacingOccurrences(of: "id: thanh-toan-truc-tuyen", with: "id: hai-long")
        try expect(
            file,
            [
                "content/targets.yml:13:25: error: 'targets[1].values[3].value' is a percentage and must be from 0 to 100, found '104'; write 89,5 % as 89.5",
                "content/targets.yml:14:5: error: 'targets[2].id' 'hai-long' is already used by content/targets.yml:2",
                "content/targets.yml:23:25: error: 'targets[2].values[1].value' must be a number like 17.5, found '22,5'",
            ])
    }

    @Test("report figures below 0 or above the dossiers received")
    func reportFigures() throws {
        let file = TransparencyFixtures.report2025Q1.replacingOccurrences(of: "pending: 80", with: "pending: 200")
            .replacingOccurrences(of: "paid_online: 300", with: "paid_online: 1300")
            .replacingOccurrences(of: "digitized_results: 1050", with: "digitized_results: -1")
        try expect(
            file,
            [
                "content/reports/2025-Q1.yml:8:3: error: 'dossiers.resolved_on_time', 'dossiers.resolved_late', 'dossiers.pending' add up to 1,320, more than the dossiers received, 'dossiers.received' (1,200); check the figures against the one-stop system",
                "content/reports/2025-Q1.yml:9:3: error: 'dossiers.digitized_results' is a number of dossiers and cannot be below 0, found '-1'; write 0 when there were none",
                "content/reports/2025-Q1.yml:10:3: error: 'dossiers.paid_online' is 1,300, more than the dossiers received, 'dossiers.received' (1,200); check the figures against the one-stop system",
            ])
        try expect(
            file, language: .vi,
            [
                "content/reports/2025-Q1.yml:8:3: lỗi: 'dossiers.resolved_on_time', 'dossiers.resolved_late', 'dossiers.pending' cộng lại là 1.320, nhiều hơn số hồ sơ tiếp nhận 'dossiers.received' (1.200); hãy đối chiếu lại số liệu với hệ thống một cửa",
                "content/reports/2025-Q1.yml:9:3: lỗi: 'dossiers.digitized_results' là một số hồ sơ, không được nhỏ hơn 0, đang ghi '-1'; hãy ghi 0 nếu không có hồ sơ nào",
                "content/reports/2025-Q1.yml:10:3: lỗi: 'dossiers.paid_online' ghi 1.300, nhiều hơn số hồ sơ tiếp nhận 'dossiers.received' (1.200); hãy đối chiếu lại số liệu với hệ thống một cửa",
            ])
    }
}
