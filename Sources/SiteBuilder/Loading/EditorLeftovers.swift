/// Files an editor's program leaves beside the ones being edited — vim's `.name.swp`, emacs'
/// `#name#` and `.#name` lock, the `name~` backup of many editors, the `.DS_Store` a Mac
/// copies along — and hidden files in general. A build neither reads, copies nor publishes
/// them, and they do not count as an edit: a rebuild while a file is open stays a small one.
enum EditorLeftovers {
    /// Whether the file at `relativePath` (in `content/` or `templates/`) is one of them, or
    /// lies in a hidden folder. Read by bytes: a rebuild asks it of every input file.
    static func contains(_ relativePath: String) -> Bool {
        let utf8 = relativePath.utf8
        var nameStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if index == nameStart && byte == UInt8(ascii: ".") { return true }
            index = utf8.index(after: index)
            if byte == UInt8(ascii: "/") { nameStart = index }
        }
        let name = utf8[nameStart...]
        guard let last = name.last else { return false }
        return last == UInt8(ascii: "~") || (name.count > 1 && name.first == UInt8(ascii: "#") && last == UInt8(ascii: "#"))
    }
}
