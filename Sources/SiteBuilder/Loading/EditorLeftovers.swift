/// Files an editor's program leaves beside the ones being edited — vim's `.name.swp`, emacs'
/// `#name#` and `.#name` lock, the `name~` backup of many editors, the `.DS_Store` a Mac
/// copies along — and hidden files in general. A build neither reads, copies nor publishes
/// them, and they do not count as an edit: a rebuild while a file is open stays a small one.
enum EditorLeftovers {
    /// Whether the file at `relativePath` (in `content/` or `templates/`) is one of them, or
    /// lies in a hidden folder.
    static func contains(_ relativePath: String) -> Bool {
        let names = relativePath.split(separator: "/")
        guard let name = names.last else { return false }
        return names.contains { $0.hasPrefix(".") } || name.hasSuffix("~") || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
    }
}
