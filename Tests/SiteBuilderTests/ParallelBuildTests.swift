import Foundation
import SyntheticCorpus
import Testing

@testable import SiteBuilder

/// Work spread over every core must not change a byte of the output.
@Suite("parallel and sequential builds")
struct ParallelBuildTests {
    private func build(_ root: URL, parallel: Bool) throws -> [String: Data] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("parallel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let configuration = BuildConfiguration(root: root, output: output, parallel: parallel, incremental: false)
        try SiteBuilder(configuration: configuration).build()
        return try SiteFixture.snapshot(of: output)
    }

    /// Built on one thread and on every core.
    @discardableResult
    private func expectIdentical(_ root: URL) throws -> [String: Data] {
        let sequential = try build(root, parallel: false)
        #expect(sequential.count > 10)
        let parallel = try build(root, parallel: true)
        let differences = TreeComparison.differences(expected: sequential, actual: parallel)
        #expect(differences.isEmpty, "\(differences.prefix(10).joined(separator: "\n"))")
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
        let procedurePages = files.filter {
            $0.key.hasPrefix("thu-tuc/") && $0.key.split(separator: "/").count == 3 && $0.key.hasSuffix(".html")
        }
        #expect(procedurePages.count == 600)
        for (path, data) in procedurePages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<table") && html.contains("<del>") && html.contains("href=\"https://"), "\(path) lacks a feature")
        }
    }
}
