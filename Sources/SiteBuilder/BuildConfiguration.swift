import Foundation

/// Where a build reads and writes, and through what.
public struct BuildConfiguration: Sendable {
    /// The site folder holding `content/` and `templates/`.
    public var root: URL
    /// Where the site is published; `public/` in the site folder unless told otherwise.
    public var output: URL
    public var fileSystem: any FileSystem
    /// Refuse to publish while any warning remains, as a strict CI would.
    public var warningsAsErrors: Bool
    /// Seconds one Markdown body may take to render before the build stops with an error.
    public var renderTimeLimit: Double
    /// Use every core; off, the build runs on one thread (and must write the same bytes).
    public var parallel: Bool
    /// Reuse the build cache (`.cache/build-site/`) and the spare copy of the site to redo and
    /// write only what changed; off, every stage runs over every file and the cache is removed.
    public var incremental: Bool
    /// Told how far the build has got, for a progress line; nil for silence.
    public var progress: BuildProgress.Observer?
    /// Another build holding the output folder's lock is waited for; off, this build stops at
    /// once with an error naming it (`--no-wait`).
    public var waitsForOtherBuilds = true
    /// Told once, when this build starts waiting for another, whom it waits for.
    public var onWaiting: (@Sendable (LocalizedMessage) -> Void)?
    /// Published files reach the disk before the new site is swapped in, so a power cut leaves
    /// the whole old site or the whole new one; off (`--no-sync`) for throwaway builds.
    public var syncsToDisk = true
    /// Text files larger than 1 KB get `.gz` and `.br` copies beside them, for nginx's
    /// `gzip_static` and `brotli_static`; off (`--no-precompress`, and the preview) for speed.
    public var precompresses = true

    public init(
        root: URL, output: URL? = nil, fileSystem: any FileSystem = LocalFileSystem(), warningsAsErrors: Bool = false,
        renderTimeLimit: Double = 5, parallel: Bool = true, incremental: Bool = true, progress: BuildProgress.Observer? = nil
    ) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("public")).standardizedFileURL
        self.fileSystem = fileSystem
        self.warningsAsErrors = warningsAsErrors
        self.renderTimeLimit = renderTimeLimit
        self.parallel = parallel
        self.incremental = incremental
        self.progress = progress
    }

    /// Stops the build on an error, or on any warning when warnings count as errors.
    func refuseProblems(_ diagnostics: [Diagnostic]) throws(BuildFailure) {
        if diagnostics.contains(where: { $0.severity == .error }) || (warningsAsErrors && !diagnostics.isEmpty) {
            throw BuildFailure(diagnostics: diagnostics)
        }
    }

    /// The program and the options that shape the output: a cache made by another
    /// build-site, or for another output folder, is not reused.
    var cacheKey: String {
        let program = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let status = DirectoryWalker.status(ofPath: program.path)
        return [
            "program \(program.path) \(status.map { "\($0.size) \($0.modified) \($0.inode)" } ?? "unknown")",
            "output \(output.path)",
            "warnings-as-errors \(warningsAsErrors)",
            "render-time-limit \(renderTimeLimit)",
            // The published site and its spare hold compressed copies, or none.
            "precompress \(precompresses)",
        ].joined(separator: "; ")
    }

    /// Where the build cache of this site and output folder is kept.
    var cacheFile: URL { BuildCache.file(root: root, output: output) }
}
