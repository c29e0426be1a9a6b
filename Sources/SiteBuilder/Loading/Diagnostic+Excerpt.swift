extension Diagnostic {
    /// The same problem with the line it points at as written, for a problem found after
    /// decoding (an unknown code, a duplicate, a body's table), whose stage kept no text.
    func withExcerpt(from file: SourceFile) -> Diagnostic {
        Diagnostic(problem, at: location, excerpt: file.line(location.line), fix: fix)
    }

    /// The problems of a failed build, each content file's with its line: every file with an
    /// error is read once more, a few files at most. Line 1 of a document is its `---`, where
    /// problems of the whole file are placed: it is not shown.
    static func withExcerpts(_ diagnostics: [Diagnostic], loader: ContentLoader) -> [Diagnostic] {
        let wanted = { (diagnostic: Diagnostic) in
            diagnostic.excerpt == nil && diagnostic.location.path.hasPrefix("content/")
                && !(diagnostic.location.line == 1 && diagnostic.location.path.hasSuffix(".md"))
        }
        let paths = Set(diagnostics.filter(wanted).map(\.location.path))
        var files: [String: SourceFile] = [:]
        for path in paths {
            files[path] = loader.readFile(String(path.dropFirst("content/".count))).file
        }
        return diagnostics.map { diagnostic in
            guard wanted(diagnostic), let file = files[diagnostic.location.path] else { return diagnostic }
            return diagnostic.withExcerpt(from: file)
        }
    }
}
