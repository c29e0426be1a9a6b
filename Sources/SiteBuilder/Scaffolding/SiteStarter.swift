import Foundation

/// A new site folder, as `build-site init` makes it: the starter content (site settings to
/// change and one example of each kind, taken from the sample site and trimmed to stand alone)
/// and the default theme. Both are carried in the program (the EmbedDefaultFiles plugin), so a
/// downloaded program needs no clone of the repository.
public enum SiteStarter {
    /// Every file of a new site, relative to its folder, sorted by path.
    public static var files: [(path: String, contents: Data)] {
        EmbeddedFiles.starter + EmbeddedFiles.templates.map { ("templates/" + $0.path, $0.contents) }
    }

    /// Why a folder cannot become a new site.
    public enum Refusal: Error, Equatable {
        /// The folder holds files already: a new site never mixes with them or replaces them.
        case notEmpty(path: String)
        case notAFolder(path: String)
        case cannotWrite(path: String, IOFailure)

        /// What to tell the editor, in either language.
        public var message: LocalizedMessage {
            switch self {
            case .notEmpty(let path): LocalizedMessage(.initNotEmpty, ["path": .text(path)])
            case .notAFolder(let path): LocalizedMessage(.initNotAFolder, ["path": .text(path)])
            case .cannotWrite(let path, let failure):
                LocalizedMessage(.initCannotWrite, ["path": .text(path), "reason": .phrase(failure.message)])
            }
        }
    }

    /// Writes a new site into `folder`, which must be missing or empty. The files are written
    /// into a hidden folder beside it and moved into place at once, so that a failure (a full
    /// disk, say) never leaves half a site behind.
    public static func create(at folder: URL) throws(Refusal) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(path: folder.path) }
            guard (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true else { throw .notEmpty(path: folder.path) }
        }
        let staging = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).init-\(getpid())")
        do {
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: target)
            }
            if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
            try manager.moveItem(at: staging, to: folder)
        } catch {
            try? manager.removeItem(at: staging)
            throw .cannotWrite(path: folder.path, IOFailure(error))
        }
    }
}
