import Foundation

/// A release archive laid out as agencies download it — `build-site-<version>-linux-x86_64.tar.gz`
/// holding `build-site-<version>-linux-x86_64/` with the program, `templates/`, `content/`,
/// `README.md` and `SHA256SUMS`, and a `SHA256SUMS` beside it — made from the debug program that
/// `swift test` built, so that tests install the program as the pipelines do. It is compressed
/// at gzip's fastest level (a third of the time): each test that installs the program makes one.
struct ReleaseArchiveFixture {
    static let name = "build-site-0.0.0-test-linux-x86_64"

    let folder: URL
    var archive: URL { folder.appendingPathComponent("\(Self.name).tar.gz") }
    /// The archive's sha256, read from the `SHA256SUMS` beside it, as an agency reads it.
    let sha256: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("release-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = """
            mkdir "$NAME"
            cp "$PROGRAM" "$NAME/build-site"
            cp -R "$PACKAGE/templates" "$PACKAGE/content" "$PACKAGE/README.md" "$NAME/"
            (cd "$NAME" && find . -type f ! -name SHA256SUMS -printf '%P\\0' | sort -z | xargs -0 sha256sum > SHA256SUMS)
            tar -I 'gzip -1' -cf "$NAME.tar.gz" "$NAME"
            sha256sum "$NAME.tar.gz" > SHA256SUMS
            rm -r "$NAME"
            """
        var environment = ProcessInfo.processInfo.environment
        environment["NAME"] = Self.name
        environment["PROGRAM"] = BuildSiteExecutable.url.path
        environment["PACKAGE"] = SiteFixture.packageRoot.path
        let made = try Bash.run(script, in: folder, environment: environment)
        guard made.status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw ArchiveError(log: made.log)
        }
        let sums = try String(contentsOf: folder.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
        sha256 = String(sums.prefix(while: { $0 != " " }))
    }

    struct ArchiveError: Error {
        let log: String
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
