import Foundation
import Testing

@testable import SiteBuilder

/// The real disk, except that the files and folders named fail as a file without read
/// permission does (which a test running as root cannot make).
private struct UnreadableFileSystem: DiskWrapper {
    let base = LocalFileSystem()
    /// Path suffixes that cannot be read, or listed when they are folders.
    let unreadable: [String]

    private func check(_ url: URL) throws {
        if unreadable.contains(where: { url.path.hasSuffix($0) }) {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSLocalizedDescriptionKey: "Permission denied"])
        }
    }

    func files(under directory: URL) throws -> [String] {
        try check(directory)
        return try base.files(under: directory)
    }
    func contents(of file: URL) throws -> Data {
        try check(file)
        return try base.contents(of: file)
    }
    func contents(atPath path: String, maximumSize: Int) throws -> Data? {
        try check(URL(fileURLWithPath: path))
        return try base.contents(atPath: path, maximumSize: maximumSize)
    }
}

/// Each failure to read is reported as what it is, naming the file, and publishes nothing.
@Suite("unreadable files")
struct UnreadableFilesTests {
    /// The diagnostics of a build, and of a check, through a file system where `unreadable`
    /// fails; whether the build published anything.
    private func diagnostics(unreadable: [String], configure: (inout BuildConfiguration) -> Void = { _ in }) throws -> (
        build: [String], check: [String], published: Bool
    ) {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        var configuration = BuildConfiguration(root: site.root, fileSystem: UnreadableFileSystem(unreadable: unreadable))
        configure(&configuration)
        func run(_ body: () throws(BuildFailure) -> BuildReport) -> [String] {
            do {
                return try body().diagnostics.map(\.description)
            } catch {
                return error.diagnostics.filter { $0.severity == .error }.map(\.description)
            }
        }
        let builder = SiteBuilder(configuration: configuration)
        let check = run { () throws(BuildFailure) in try builder.check() }
        let build = run { () throws(BuildFailure) in try builder.build() }
        return (build, check, site.outputExists("index.html"))
    }

    /// A template was reported as "not UTF-8"; an asset was left out of the site unsaid.
    @Test(
        "a template or a theme asset that cannot be read is an error naming it, in a check too",
        arguments: ["templates/page.mustache", "templates/assets/style.css"])
    func unreadableThemeFile(path: String) throws {
        let result = try diagnostics(unreadable: [path])
        let expected = ["\(path):1:1: error: cannot read this file: permission denied"]
        #expect(result.build == expected)
        #expect(result.check == expected)
        #expect(!result.published)
    }

    @Test("a theme assets folder that cannot be listed is an error naming it")
    func unlistableAssets() throws {
        let result = try diagnostics(unreadable: ["templates/assets"])
        #expect(
            result.build == [
                "templates/assets:1:1: error: cannot open this folder, so its files cannot be published: permission denied; check that the folder can be read"
            ])
        #expect(!result.published)
    }

    @Test("a content folder that cannot be listed is an error naming it, not an empty list")
    func unlistableContentFolder() throws {
        let result = try diagnostics(unreadable: ["content/decisions"])
        let expected = [
            "content/decisions:1:1: error: cannot open this folder, so its files cannot be published: permission denied; check that the folder can be read"
        ]
        #expect(result.build == expected)
        #expect(result.check == expected)
        #expect(!result.published)
    }

    @Test("an attachment that cannot be read is named as editors see it")
    func unreadableAttachment() throws {
        let result = try diagnostics(unreadable: ["content/files/forms/mau-01b.txt"])
        #expect(result.build == ["content/files/forms/mau-01b.txt:1:1: error: cannot read this file: permission denied"])
        #expect(!result.published)
    }

    @Test("a symbolic link among the theme's assets is refused by name")
    func assetLink() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("templates/assets/extra.css").path, withDestinationPath: "/etc/hostname")
        #expect(
            site.diagnostics() == [
                "templates/assets/extra.css:1:1: error: this is a symbolic link, which the build never follows; put the file itself here instead"
            ])
        #expect(!site.outputExists("index.html"))
    }
}
