import Foundation

/// `embed-files OUTPUT NAME=FOLDER…`: writes a Swift file declaring, for each NAME, the files below
/// FOLDER as `(path, contents)` pairs sorted by path, each file's bytes in base64 so that any byte
/// survives unchanged. Run by the EmbedDefaultFiles build plugin, never by hand.
@main
struct EmbedFiles {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let folders = arguments.dropFirst().map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
        guard let output = arguments.first, folders.allSatisfy({ $0.count == 2 }) else {
            FileHandle.standardError.write(Data("usage: embed-files OUTPUT NAME=FOLDER…\n".utf8))
            exit(2)
        }
        var source = "// Generated at build time by embed-files from the package's own files: do not edit.\n"
        source += "import Foundation\n\n/// The files build-site carries in its own code.\nenum EmbeddedFiles {\n"
        for folder in folders {
            let (name, root) = (folder[0], URL(fileURLWithPath: folder[1], isDirectory: true))
            source += "    static let \(name): [(path: String, contents: Data)] = [\n"
            for path in files(under: root) {
                let data = try Data(contentsOf: root.appendingPathComponent(path))
                source += "        (\(String(reflecting: path)), Data(base64Encoded: \"\(data.base64EncodedString())\")!),\n"
            }
            source += "    ]\n"
        }
        source += "}\n"
        try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    }

    /// The paths of the regular files below `root`, relative to it and sorted; hidden files (an
    /// editor's `.DS_Store`, a swap file) are not part of the theme.
    static func files(under root: URL) -> [String] {
        let paths = FileManager.default.subpaths(atPath: root.path) ?? []
        return paths.filter { path in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            return exists && !isFolder.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }.sorted()
    }
}
