import Foundation
import Testing

@testable import SiteBuilder

/// `build-site new service-index|report <period>` and `new target <id>` start files whose
/// build fails with one message per value to fill in; filled in, they build.
@Suite("transparency scaffolds")
struct TransparencyScaffoldTests {
    private func scaffold(_ kind: ScaffoldKind, _ argument: String) throws -> Scaffold {
        try Scaffold.make(kind, argument).get()
    }

    @Test("untouched, each new file reports each value to fill in at its line")
    func untouched() throws {
        let site = try SiteFixture(Fixtures.siteSettings)
        defer { site.delete() }
        for (kind, argument) in [(ScaffoldKind.serviceIndex, "2025"), (.report, "2026-Q1"), (.target, "hai-long")] {
            _ = try scaffold(kind, argument).write(into: site.root)
        }
        #expect(
            site.diagnostics() == [
                "content/reports/2026-Q1.yml:4:1: error: 'published' must be a date like 2024-03-05, found ''",
                "content/reports/2026-Q1.yml:7:3: error: 'dossiers.received' must be a whole number like 3, found ''",
                "content/service-index/2025.yml:4:1: error: 'published' must be a date like 2024-03-05, found ''",
                "content/service-index/2025.yml:5:1: error: 'source' is required and empty; write its value",
                "content/service-index/2025.yml:9:3: error: 'groups.transparency' must be a number like 17.5, found ''",
                "content/service-index/2025.yml:10:3: error: 'groups.progress' must be a number like 17.5, found ''",
                "content/service-index/2025.yml:11:3: error: 'groups.digitization' must be a number like 17.5, found ''",
                "content/service-index/2025.yml:12:3: error: 'groups.online' must be a number like 17.5, found ''",
                "content/service-index/2025.yml:13:3: error: 'groups.satisfaction' must be a number like 17.5, found ''",
                "content/targets.yml:5:5: error: 'targets[1].title' is required and empty; write its value",
                "content/targets.yml:6:5: error: 'targets[1].unit' must be one of 'percent', 'count', 'points', found ''",
                "content/targets.yml:7:5: error: 'targets[1].direction' must be one of 'at-least', 'at-most', found ''",
                "content/targets.yml:8:5: error: 'targets[1].source' is required and empty; write its value",
                "content/targets.yml:10:11: error: 'targets[1].goals[1].year' must be a whole number like 3, found ''",
                "content/targets.yml:10:21: error: 'targets[1].goals[1].value' must be a number like 17.5, found ''",
            ])
    }

    @Test("filled in, the new files build")
    func filledIn() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        func fill(_ scaffold: Scaffold, _ values: [(String, String)]) throws {
            var text = scaffold.text
            for (old, new) in values { text = text.replacingOccurrences(of: old, with: new) }
            try site.write(text, to: scaffold.path)
        }
        try fill(
            scaffold(.serviceIndex, "2025"),
            [
                ("published: \"\"", "published: 2026-03-18"), ("source: \"\"", "source: Cổng Dịch vụ công quốc gia"),
                ("transparency: \"\"", "transparency: 17"), ("progress: \"\"", "progress: 19"), ("digitization: \"\"", "digitization: 20"),
                ("online: \"\"", "online: 20"), ("satisfaction: \"\"", "satisfaction: 17"),
            ])
        try fill(scaffold(.report, "2026-Q1"), [("published: \"\"", "published: 2026-04-10"), ("received: \"\"", "received: 120")])
        try fill(
            scaffold(.target, "hai-long"),
            [
                ("title: \"\"", "title: Mức độ hài lòng"), ("unit: \"\"", "unit: percent"), ("direction: \"\"", "direction: at-least"),
                ("source: \"\"", "source: Kế hoạch 3035/KH-BHXH"), ("{ year: \"\", value: \"\" }", "{ year: 2025, value: 90 }"),
            ])
        #expect(site.diagnostics() == [])
        #expect(try site.output("chi-so-phuc-vu/index.html").contains("<span class=\"score__number\">93</span>"))
        #expect(site.outputExists("bao-cao/2026-Q1/index.html"))
    }

    @Test("a period or a target id that cannot name a file is refused")
    func refused() {
        func refusal(_ kind: ScaffoldKind, _ argument: String) -> String? {
            if case .failure(let refusal) = Scaffold.make(kind, argument) { refusal.description } else { nil }
        }
        #expect(refusal(.report, "Q1/2026") == "'Q1/2026' is not a period: write a year (2025), a quarter (2025-Q2) or a month (2025-06)")
        #expect(refusal(.target, "hài lòng") == "'hài lòng' is not a target id: use letters, digits and dashes only, like hai-long")
    }
}
