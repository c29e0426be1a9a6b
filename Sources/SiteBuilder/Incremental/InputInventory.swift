import Foundation

/// Every file a build reads — `content/` and `templates/`, but for editors' leftovers — with
/// its status, by path relative to the site folder: listed in milliseconds, it tells a
/// rebuild what changed.
enum InputInventory {
    static let folders = ["content", "templates"]

    static func scan(root: URL, fileSystem: any FileSystem) -> [String: FileStatus] {
        var inputs: [String: FileStatus] = [:]
        for folder in folders {
            for (path, status) in fileSystem.inventory(under: root.appendingPathComponent(folder)) where !EditorLeftovers.contains(path) {
                inputs[folder + "/" + path] = status
            }
        }
        return inputs
    }

    /// The program and the options that shape the output: a cache made by another
    /// build-site, or for another output folder, is not reused.
    static func key(for configuration: BuildConfiguration) -> String {
        let program = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let status = DirectoryWalker.status(ofPath: program.path)
        return [
            "program \(program.path) \(status.map { "\($0.size) \($0.modified) \($0.inode)" } ?? "unknown")",
            "output \(configuration.output.path)",
            "warnings-as-errors \(configuration.warningsAsErrors)",
            "render-time-limit \(configuration.renderTimeLimit)",
        ].joined(separator: "; ")
    }
}
