import Foundation
import Testing

@testable import SiteBuilder

/// Mutations of the real sample files never crash or hang the tool, and every problem it
/// reports names a file of the site folder with a line and a column.
@Suite("fuzzing the sample content")
struct FuzzTests {
    /// Per seed; `FUZZ_ITERATIONS=500 swift test --filter FuzzTests` searches harder.
    static let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 20

    @Test("damaged sample files fail cleanly, each problem naming a file", arguments: [1, 2, 3, 4] as [UInt64])
    func mutations(seed: UInt64) throws {
        let site = try SiteFixture("", withTheme: true)
        defer { site.delete() }
        try FileManager.default.copyItem(
            at: SiteFixture.packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        let targets = try LocalFileSystem().files(under: site.root.appendingPathComponent("content"))
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }
            .map { "content/" + $0 }
        var mutator = Mutator(seed: seed)
        for _ in 0..<Self.iterations {
            let path = targets[mutator.below(targets.count)]
            let url = site.root.appendingPathComponent(path)
            let original = try Data(contentsOf: url)
            let (damaged, mutation) = mutator.mutate(original)
            try damaged.write(to: url)
            defer { try? original.write(to: url) }

            let started = Date()
            let diagnostics: [Diagnostic]
            do {
                diagnostics = try SiteBuilder(configuration: site.configuration).check().diagnostics
            } catch {
                diagnostics = error.diagnostics
                #expect(!error.errors.isEmpty, "\(path), \(mutation): a failure without an error")
            }
            #expect(Date().timeIntervalSince(started) < 20, "\(path), \(mutation): took too long")
            for diagnostic in diagnostics {
                let location = diagnostic.location
                let named =
                    FileManager.default.fileExists(atPath: site.root.appendingPathComponent(location.path).path)
                    || location.path == "content/site.yml"
                #expect(named && location.line >= 1 && location.column >= 1, "\(path), \(mutation): \(diagnostic)")
            }
        }
    }
}
