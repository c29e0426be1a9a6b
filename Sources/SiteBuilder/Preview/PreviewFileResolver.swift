import Foundation

/// Maps the path of a request to a file of the preview folder, and refuses every path that
/// could reach outside it: `..` however it is spelled or encoded, encoded slashes,
/// backslashes, NUL, and symbolic links anywhere below the folder.
///
/// The path is decoded exactly once, so `%252e%252e` stays the harmless name `%2e%2e`.
struct PreviewFileResolver: Sendable {
    enum Resolution: Sendable, Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash: where to send the browser, so that
        /// relative links in its `index.html` resolve as on the published site.
        case redirect(String)
        case notFound
        case refused
    }

    /// The preview folder.
    let root: URL

    /// What `rawPath`, the percent-encoded path of a request (no query), stands for.
    func resolve(_ rawPath: String) -> Resolution {
        guard let segments = Self.segments(of: rawPath) else { return .refused }
        var url = root
        for segment in segments {
            url.appendPathComponent(segment)
            switch Self.kind(of: url) {
            case .symbolicLink: return .refused
            case .missing: return .notFound
            case .directory, .file, .other: continue
            }
        }
        switch Self.kind(of: url) {
        case .directory:
            guard rawPath.hasSuffix("/") else { return .redirect(rawPath + "/") }
            url.appendPathComponent("index.html")
            switch Self.kind(of: url) {
            case .file: break
            case .symbolicLink: return .refused
            case .missing, .directory, .other: return .notFound
            }
        case .file:
            guard !rawPath.hasSuffix("/") else { return .notFound }
        case .symbolicLink: return .refused
        case .missing, .other: return .notFound
        }
        // Belt and braces: whatever the checks above missed, the file's real path must be inside.
        guard let real = Self.realPath(url), let realRoot = Self.realPath(root), real.hasPrefix(realRoot + "/") else {
            return .refused
        }
        return .file(url)
    }

    /// The path's segments, decoded once; nil when the path could step outside the folder.
    static func segments(of rawPath: String) -> [String]? {
        guard rawPath.hasPrefix("/") else { return nil }
        let lowered = rawPath.lowercased()
        // An encoded slash or backslash would hide a segment boundary from the check below.
        guard !lowered.contains("%2f"), !lowered.contains("%5c") else { return nil }
        guard let decoded = rawPath.removingPercentEncoding else { return nil }
        guard !decoded.contains("\\"), !decoded.contains("\0") else { return nil }
        let segments = decoded.split(separator: "/").map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return segments
    }

    private enum Kind { case missing, file, directory, symbolicLink, other }

    /// What is at `url`, without following a symbolic link.
    private static func kind(of url: URL) -> Kind {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    private static func realPath(_ url: URL) -> String? {
        guard let resolved = realpath(url.path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
