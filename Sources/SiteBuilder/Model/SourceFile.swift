/// A text file of the site folder, decoded as UTF-8 and normalized to NFC.
struct SourceFile: Sendable {
    /// Path relative to the site root, with `/` separators: what diagnostics show.
    let path: String
    let text: String

    /// The file name without folder and extension: a procedure's code, a decision's slug.
    var baseName: String {
        // Searched from the end: only the file name is walked, not the whole path.
        var name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        if name.isEmpty { name = path.split(separator: "/").last ?? path[...] }  // a path ending in "/"
        guard let dot = name.lastIndex(of: ".") else { return String(name) }
        return String(name[..<dot])
    }

    /// The text of a 1-based line, without its line end; nil past the end.
    func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var remaining = number
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            remaining -= 1
            if remaining == 0 { return String(line) }
        }
        return nil
    }

    func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
