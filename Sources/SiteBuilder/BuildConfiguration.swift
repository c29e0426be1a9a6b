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

    public init(
        root: URL, output: URL? = nil, fileSystem: any FileSystem = LocalFileSystem(), warningsAsErrors: Bool = false,
        renderTimeLimit: Double = 5
    ) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("public")).standardizedFileURL
        self.fileSystem = fileSystem
        self.warningsAsErrors = warningsAsErrors
        self.renderTimeLimit = renderTimeLimit
    }
}
