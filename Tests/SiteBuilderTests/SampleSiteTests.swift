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

        // The .gz and .br copies are left out: git ignores them (see below), and a contributor's
        // `swift run build-site` writes them into public/.
        let committed = try SiteFixture.snapshot(of: root.appendingPathComponent("public")).filter { !Self.isCopy($0.key) }
        let fresh = try SiteFixture.snapshot(of: output).filter { !Self.isCopy($0.key) }
        let differences = TreeComparison.differences(expected: committed, actual: fresh)
        #expect(
            differences.isEmpty, "public/ is out of date; run `swift run build-site`:\n\(differences.prefix(20).joined(separator: "\n"))")
    }

    private static func isCopy(_ path: String) -> Bool { path.hasSuffix(".gz") || path.hasSuffix(".br") }

    @Test("git tracks no .gz or .br copy in public/: they are built, and would only go stale")
    func noCopiesCommitted() throws {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "ls-files", "public"]
        git.currentDirectoryURL = SiteFixture.packageRoot
        let output = Pipe()
        git.standardOutput = output
        try git.run()
        let listed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        git.waitUntilExit()
        #expect(git.terminationStatus == 0)
        let files = listed.split(separator: "\n").map(String.init)
        #expect(files.contains("public/index.html"))
        #expect(files.filter(Self.isCopy) == [])
    }
}
