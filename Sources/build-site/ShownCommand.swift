import Foundation

/// A `build-site` command line to show an editor, written so that it works from where the
/// editor stands: as they started this one (`build-site` on the PATH, `swift run build-site`
/// in the package folder, or the program's path), with the `--root` they gave.
enum ShownCommand {
    /// - Parameters:
    ///   - subcommand: `check`, say; empty for the default action, a build.
    ///   - root: `--root` as the editor typed it; "." when they gave none.
    static func line(_ subcommand: String, root: String) -> String {
        var words = [program()]
        if !subcommand.isEmpty { words.append(subcommand) }
        if root != "." { words += ["--root", quoted(root)] }
        return words.joined(separator: " ")
    }

    /// How this program was started: its name when found on the PATH, `swift run build-site`
    /// when it was built in `.build/` of the current folder, and its path as given otherwise.
    private static func program() -> String {
        let invoked = CommandLine.arguments.first ?? "build-site"
        guard invoked.contains("/") else { return invoked }
        let path = URL(fileURLWithPath: invoked).standardizedFileURL.path
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if let range = path.range(of: "/.build/"), String(path[..<range.lowerBound]) == here {
            return "swift run build-site"
        }
        return quoted(invoked)
    }

    /// In single quotes when a shell would split or expand it.
    private static func quoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "/._-~".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
