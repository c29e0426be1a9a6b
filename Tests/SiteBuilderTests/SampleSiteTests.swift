import Foundation
import Testing

@testable import SiteBuilder

@Suite("the committed sample site")
struct SampleSiteTests {
    @Test("the committed public/ equals a fresh build of the committed content/ and templates/")
    func publicIsUpToDate() throws {
        let root = SiteFixture.packageRoot
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sample-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("public")

        let report = try SiteBuilder(configuration: BuildConfiguration(root: root, output: output)).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(report.procedureCount >= 25)

        let committed = try SiteFixture.snapshot(of: root.appendingPathComponent("public"))
        let fresh = try SiteFixture.snapshot(of: output)
        let differences = TreeComparison.differences(expected: committed, actual: fresh)
        #expect(
            differences.isEmpty, "public/ is out of date; run `swift run build-site`:\n\(differences.prefix(20).joined(separator: "\n"))")
    }
}
