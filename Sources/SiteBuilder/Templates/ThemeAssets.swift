import Foundation

/// The theme's files that are published as they are (`templates/assets/`: style sheets,
/// scripts, images), read with the templates in stage 2 (load) so that one that cannot be read
/// stops the build before anything is written, and `check` reports it too.
struct ThemeAssets: Sendable {
    /// Each file's path in the site (`assets/style.css`) and its bytes, sorted by path.
    let files: [(path: String, data: Data)]

    static let folder = "templates/assets"

    /// Reads every file below `templates/assets/`; a folder that cannot be listed, a file
    /// that cannot be read and a symbolic link are each an error naming it.
    static func load(root: URL, fileSystem: any FileSystem) -> (ThemeAssets, [Diagnostic]) {
        let directory = root.appendingPathComponent(folder, isDirectory: true)
        var diagnostics: [Diagnostic] = []
        var files: [(path: String, data: Data)] = []
        let names: [String]
        do {
            names = try fileSystem.files(under: directory).filter { !EditorLeftovers.contains($0) }
            diagnostics += try fileSystem.symbolicLinks(under: directory).map {
                Diagnostic(.symbolicLink, at: SourceLocation(path: folder + "/" + $0))
            }
        } catch {
            return (ThemeAssets(files: []), [Diagnostic(.unlistableFolder(IOFailure(error)), at: SourceLocation(path: folder))])
        }
        for name in names {
            do {
                files.append(("assets/" + name, try fileSystem.contents(of: directory.appendingPathComponent(name, isDirectory: false))))
            } catch {
                diagnostics.append(Diagnostic(.unreadableFile(IOFailure(error)), at: SourceLocation(path: folder + "/" + name)))
            }
        }
        return (ThemeAssets(files: files), diagnostics)
    }
}
