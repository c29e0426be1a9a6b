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
}
