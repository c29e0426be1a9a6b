import ArgumentParser
import Foundation
import SiteBuilder

/// The folder a command works on must hold `content/site.yml`. Anywhere else — in `content/`,
/// say — every command stops at once with one message, before it reads templates or content
/// or writes a file, and says where the site seems to be.
enum SiteFolder {
    /// Returns when `root` is a site folder; otherwise prints one message and exits with status 2.
    static func require(_ root: String, format: SiteOptions.Format = .text, language: Language) throws {
        let folder = URL(fileURLWithPath: root).standardizedFileURL
        guard !isSite(folder) else { return }
        let problem = Problem.notASiteFolder(folder: folder.path, siteAbove: siteAbove(folder))
        switch format {
        case .text:
            let severity = Diagnostic.Severity.error.word(in: language)
            FileHandle.standardError.write(Data("\(severity): \(problem.localized.text(in: language))\n".utf8))
        case .json:
            let location = SourceLocation(path: "content/site.yml")
            DiagnosticPrinter(format: .json, language: language).failed(
                BuildFailure(diagnostics: [Diagnostic(problem, at: location)]), unchanged: nil)
        }
        throw ExitCode(2)
    }

    private static func isSite(_ folder: URL) -> Bool {
        var isFolder: ObjCBool = false
        let settings = folder.appendingPathComponent("content/site.yml").path
        return FileManager.default.fileExists(atPath: settings, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// The nearest folder above `folder` that is a site, as the editor would type it: `..` or
    /// `../..` when it holds the current folder, its full path otherwise.
    private static func siteAbove(_ folder: URL) -> String? {
        var candidate = folder.deletingLastPathComponent()
        while candidate.path != "/" && !isSite(candidate) { candidate = candidate.deletingLastPathComponent() }
        guard isSite(candidate) else { return nil }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        let site = candidate.pathComponents
        guard here.count >= site.count, Array(here.prefix(site.count)) == site else { return candidate.path }
        let levels = here.count - site.count
        return levels == 0 ? "." : Array(repeating: "..", count: levels).joined(separator: "/")
    }
}
