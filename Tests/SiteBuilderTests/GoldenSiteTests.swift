import Foundation
import Testing

@testable import SiteBuilder

/// Whole-site golden tests: a small fixture site built with the default theme must match the
/// pages recorded under `Golden/`. After an intended change, re-record with
/// `RECORD_GOLDEN=1 swift test --filter GoldenSiteTests` and review the diff in git.
@Suite("golden sites")
struct GoldenSiteTests {
    static let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("the small fixture site matches its golden pages", arguments: ["small-site"])
    func smallSite(name: String) throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        // Assets are copied byte for byte from templates/; the pages are what is golden, not
        // their .gz and .br copies (`PrecompressionTests`).
        let built = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public")).filter {
            !$0.key.hasPrefix("assets/") && !$0.key.hasSuffix(".gz") && !$0.key.hasSuffix(".br")
        }
        let golden = Self.goldenRoot.appendingPathComponent(name)

        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (path, data) in built {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return
        }
        let expected = try SiteFixture.snapshot(of: golden)
        #expect(!expected.isEmpty, "no golden pages recorded; run RECORD_GOLDEN=1 swift test --filter GoldenSiteTests")
        let differences = TreeComparison.differences(expected: expected, actual: built)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }
}
