import Foundation

/// Stage 1: reads `content/` into sorted, NFC-normalized source files.
struct ContentLoader {
    let root: URL
    let fileSystem: any FileSystem
    /// When set, only these procedure files (by name) are read: a rebuild after body edits
    /// needs the edited procedures and the few their pages name, not all of them.
    var onlyProcedures: Set<String>? = nil
    /// Leaves feedback results out, for the same rebuild: procedure pages do not show them.
    var withFeedback = true

    /// A procedure is a few kilobytes; a bound keeps a stray export or a hostile file from
    /// taking minutes in the Markdown parser, whose worst cases grow quadratically.
    static let maximumFileSize = 256 * 1024

    var contentDirectory: URL { root.appendingPathComponent("content") }

    func load() -> (ContentSources, [Diagnostic]) {
        var sources = ContentSources()
        var diagnostics: [Diagnostic] = []

        func read(_ relativePath: String) -> SourceFile? {
            let (file, problem) = readFile(relativePath)
            if let problem { diagnostics.append(problem) }
            return file
        }

        let siteFile = contentDirectory.appendingPathComponent("site.yml")
        if fileSystem.itemExists(siteFile) {
            sources.siteSettings = read("site.yml")
        } else {
            diagnostics.append(Diagnostic(.missingSiteSettings, at: SourceLocation(path: "content/site.yml")))
        }

        if fileSystem.itemExists(root.appendingPathComponent(PersonalDataGuard.allowListPath)) {
            sources.personalDataAllowList = read("personal-data-allowlist.yml")
        }

        func markdownFiles(in folder: String, only: Set<String>? = nil) -> [SourceFile] {
            let names = only.map { $0.sorted() } ?? (try? fileSystem.files(under: contentDirectory.appendingPathComponent(folder))) ?? []
            let results = names.filter { $0.hasSuffix(".md") && !$0.contains("/") }.concurrentMap { readFile(folder + "/" + $0) }
            diagnostics += results.compactMap(\.problem)
            return results.compactMap(\.file)
        }
        sources.procedures = markdownFiles(in: "procedures", only: onlyProcedures)
        sources.decisions = markdownFiles(in: "decisions")
        sources.feedback = withFeedback ? markdownFiles(in: "feedback") : []
        sources.pages = markdownFiles(in: "pages")
        sources.attachments = (try? fileSystem.files(under: contentDirectory.appendingPathComponent("files"))) ?? []
        for link in (try? fileSystem.symbolicLinks(under: contentDirectory)) ?? [] {
            diagnostics.append(Diagnostic(.symbolicLink, at: SourceLocation(path: "content/" + link)))
        }
        return (sources, diagnostics)
    }

    /// Reads one file of `content/`, or says why it cannot be used.
    private func readFile(_ relativePath: String) -> (file: SourceFile?, problem: Diagnostic?) {
        let path = "content/" + relativePath
        do {
            let url = contentDirectory.appendingPathComponent(relativePath)
            guard try fileSystem.size(of: url) <= Self.maximumFileSize else {
                return (nil, Diagnostic(.fileTooLarge(limit: Self.maximumFileSize), at: SourceLocation(path: path)))
            }
            let data = try fileSystem.contents(of: url)
            guard let text = String(data: data, encoding: .utf8) else {
                return (nil, Diagnostic(.notUTF8, at: SourceLocation(path: path)))
            }
            return (SourceFile(path: path, text: Self.normalize(text)), nil)
        } catch {
            return (nil, Diagnostic(.unreadableFile(reason: error.localizedDescription), at: SourceLocation(path: path)))
        }
    }

    /// Editors' files may come from Windows or Word: drop a byte-order mark, use LF line
    /// endings, and compose Vietnamese letters (NFC) so equal text compares equal.
    static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text.precomposedStringWithCanonicalMapping
    }
}
