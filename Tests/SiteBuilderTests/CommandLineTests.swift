import Foundation
import Testing

/// Runs the real `build-site` executable, as editors do.
@Suite("the build-site command")
struct CommandLineTests {
    private static var executable: URL {
        // The test bundle and the executable are built into the same folder.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("build-site").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("build-site")
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test("building is the default action and --root selects the site folder")
    func buildsWithRoot() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let result = try run(["--root", site.root.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("built 13 pages (3 procedures)"))
        #expect(site.outputExists("thu-tuc/2.000693/index.html"))
    }

    @Test("a content error exits with status 1, names file and line, and publishes nothing")
    func failsOnError() throws {
        let site = try SiteFixture(Fixtures.smallSite.replacingOccurrences(of: "status: answered", with: "status: done"))
        defer { site.delete() }
        let result = try run(["--root", site.root.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("content/feedback/PAKN-2025-0001.md:6:1: error: 'status' must be one of 'received', 'processing', 'forwarded', 'answered', 'rejected', found 'done'"))
        #expect(result.errors.contains("1 error(s), 0 warning(s); nothing was published"))
        #expect(!site.outputExists("index.html"))
    }
}
