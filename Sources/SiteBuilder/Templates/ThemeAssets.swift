import Foundation

/// The theme's files that are published as they are (`templates/assets/`: style sheets,
/// scripts, images), read with the templates in stage 2 (load) so that one that cannot be read
/// stops the build before anything is written, and `check` reports it too.
struct ThemeAssets: Sendable {
    /// Each file's path in the site (`assets/style.css`) and its bytes, sorted by path.
    let files: [(path: String, data: Data)]

    static let folder = "templates/assets"

    /// Each file's address in pages, by its name below the folder (`style.css` →
    /// `/assets/style.css?v=3f2a9c1b`): the query is the first 8 hex digits of the file's
    /// `ContentHash`, the hash the build already keeps of every file it writes, so that a
    /// server may let browsers keep an asset for a year and a changed asset still reaches them
    /// at once, without the others being fetched again.
    var addresses: [String: String] {
        Dictionary(
            files.map { file in
                let name = String(file.path.dropFirst("assets/".count))
                return (name, "/\(file.path)?v=\(Self.version(of: file.data))")
            }, uniquingKeysWith: { first, _ in first })
    }

    /// The version a file's address carries: 8 hex digits, enough to tell its versions apart.
    static func version(of data: Data) -> String {
        String(String(format: "%016llx", ContentHash.of(data)).prefix(8))
    }

    /// An error at each `{{#asset}}name{{/asset}}` of the templates that names no asset.
    func unknownReferences(in templates: TemplateLibrary) -> [Diagnostic] {
        let names = Set(files.map { $0.path.dropFirst("assets/".count) })
        return templates.assetReferences.filter { !names.contains($0.reference.name[...]) }.map { path, reference in
            Diagnostic(.missingThemeAsset(reference.name), at: SourceLocation(path: path, line: reference.line, column: reference.column))
        }
    }

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
