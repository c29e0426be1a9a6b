import Foundation

/// A release archive as agencies download it — `build-site-<version>-linux-x86_64.tar.gz` and a
/// `SHA256SUMS` beside it — laid out by `scripts/release --program` around the debug program that
/// `swift test` built, so that tests install the program as the pipelines do.
struct ReleaseArchiveFixture {
    let folder: URL
    let archive: URL
    /// The archive's sha256, read from the `SHA256SUMS` beside it, as an agency reads it.
    let sha256: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("release-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try Bash.run(
            "bash \"$PACKAGE/scripts/release\" --program \"$PROGRAM\" .", in: folder,
            environment: ProcessInfo.processInfo.environment.merging(
                ["PROGRAM": BuildSiteExecutable.url.path, "PACKAGE": SiteFixture.packageRoot.path]) { _, given in given })
        let sums = (try? String(contentsOf: folder.appendingPathComponent("SHA256SUMS"), encoding: .utf8)) ?? ""
        let fields = sums.split(separator: " ", omittingEmptySubsequences: true)
        guard made.status == 0, fields.count == 2 else {
            try? FileManager.default.removeItem(at: folder)
            throw ArchiveError(log: made.log)
        }
        sha256 = String(fields[0])
        archive = folder.appendingPathComponent(fields[1].trimmingCharacters(in: .whitespacesAndNewlines))
    }

    struct ArchiveError: Error {
        let log: String
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
