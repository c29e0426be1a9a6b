import Foundation
import SyntheticCorpus
import Testing

@testable import SiteBuilder

/// Work spread over every core, and bodies kept or read again, must not change a byte of
/// the output.
@Suite("parallel and sequential builds")
struct ParallelBuildTests {
    private func build(_ root: URL, parallel: Bool, keptBodyBytes: Int) throws -> [String: Data] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("parallel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var configuration = BuildConfiguration(root: root, output: output, parallel: parallel, incremental: false)
        configuration.keptBodyBytes = keptBodyBytes
        try SiteBuilder(configuration: configuration).build()
        return try SiteFixture.snapshot(of: output)
    }

    /// Built on one thread with every body kept, on every core with none or some kept: a body
    /// kept from decoding and one read again give the same page.
    @discardableResult
    private func expectIdentical(_ root: URL) throws -> [String: Data] {
        let sequential = try build(root, parallel: false, keptBodyBytes: .max)
        #expect(sequential.count > 10)
        for kept in [0, 8_000] {
            let parallel = try build(root, parallel: true, keptBodyBytes: kept)
            let differences = TreeComparison.differences(expected: sequential, actual: parallel)
            #expect(differences.isEmpty, "\(differences.prefix(10).joined(separator: "\n"))")
        }
        return sequential
    }

    @Test("the sample site is byte-identical built on one thread and on every core")
    func sampleSite() throws {
        let site = try SiteFixture("", withTheme: true)
        defer { site.delete() }
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        try expectIdentical(site.root)
    }

    @Test("a generated site with tables, strikethrough and autolinks on every page is byte-identical either way")
    func everyFeature() throws {
        let site = try SiteFixture("", withTheme: true)
        defer { site.delete() }
        try CorpusGenerator(procedureCount: 600, seed: 11, everyFeature: true).write(to: site.root)
        let files = try expectIdentical(site.root)
        let procedurePages = files.filter { $0.key.hasPrefix("thu-tuc/") && $0.key.split(separator: "/").count == 3 && $0.key.hasSuffix(".html") }
        #expect(procedurePages.count == 600)
        for (path, data) in procedurePages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<table") && html.contains("<del>") && html.contains("href=\"https://"), "\(path) lacks a feature")
        }
    }
}
