import CSystem
import Foundation

/// The real disk.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func files(under directory: URL) throws -> [String] {
        try walk(directory).files
    }

    public func symbolicLinks(under directory: URL) throws -> [String] {
        try walk(directory).links
    }

    /// Regular files and symbolic links below `directory`, relative to it and sorted. Links
    /// are never followed, so nothing outside the folder can be read through one. A folder
    /// that cannot be opened is an error naming it: its files would silently go missing.
    private func walk(_ directory: URL) throws -> (files: [String], links: [String]) {
        var files: [String] = []
        var links: [String] = []
        var unlistable: String?
        let root = directory.resolvingSymlinksInPath().path
        DirectoryWalker.walk(root) { relative, kind in
            switch kind {
            case .file: files.append(relative)
            case .link: links.append(relative)
            case .unlistableFolder: unlistable = unlistable ?? (relative.isEmpty ? root : root + "/" + relative)
            }
        }
        if let unlistable {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSLocalizedDescriptionKey: "the folder '\(unlistable)' cannot be opened"])
        }
        return (files.sorted(), links.sorted())
    }

    public func inventory(under directory: URL) -> [String: FileStatus] {
        DirectoryWalker.inventory(directory.resolvingSymlinksInPath().path)
    }

    public func status(of item: URL) -> FileStatus? {
        DirectoryWalker.status(ofPath: item.path)
    }

    public func contents(of file: URL) throws -> Data {
        try Data(contentsOf: file)
    }

    /// One `open`, `fstat` and `read`s into a buffer of the file's size, by path: reading
    /// twenty thousand files through URLs and `Data(contentsOf:)` cost more than the reads.
    public func contents(atPath path: String, maximumSize: Int) throws -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.posixError(path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Self.posixError(path) }
        guard Int(info.st_size) <= maximumSize else { return nil }
        // A byte more than the size, to notice a file that grows while it is read.
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= maximumSize else { return nil }
                data.count = min(data.count * 2, maximumSize + 1)
            }
            let count = try data.withUnsafeMutableBytes { buffer in
                while true {
                    let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                    if count >= 0 { return count }
                    if errno != EINTR { throw Self.posixError(path) }
                }
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= maximumSize else { return nil }
        data.count = filled
        return data
    }

    public func size(of file: URL) throws -> Int {
        guard let status = status(of: file) else { throw CocoaError(.fileReadNoSuchFile) }
        return status.size
    }

    /// Plain `open`, `write`, `close`: Foundation's `Data.write` also syncs each file to disk,
    /// which made writing a site of twenty thousand files take four times as long. Files are
    /// written into a staging folder that is swapped in whole, so a killed build never shows.
    public func write(_ data: Data, to file: URL) throws {
        try write(data, to: file, flags: O_TRUNC)
    }

    public func append(_ data: Data, to file: URL) throws {
        try write(data, to: file, flags: O_APPEND)
    }

    /// By path, with the status taken from the open file: publishing twenty thousand files
    /// through URLs and a second lookup of each path cost more than the writes.
    public func write(_ data: Data, toPath path: String) throws -> FileStatus {
        try write(data, toPath: path, flags: O_TRUNC)
    }

    private func write(_ data: Data, to file: URL, flags: Int32) throws {
        _ = try write(data, toPath: file.path, flags: flags)
    }

    private func write(_ data: Data, toPath path: String, flags: Int32) throws -> FileStatus {
        let descriptor = open(path, O_WRONLY | O_CREAT | flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.posixError(path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.posixError(path)
                }
                offset += written
            }
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Self.posixError(path) }
        return FileStatus(info)
    }

    /// A few files (a page replaced in place) are synced one by one, with their folders; a
    /// whole staged site with one `syncfs` of its file system. Measured at 10,000 procedures on
    /// a real disk: `syncfs` made publishing a full site 0.3 s longer, an `fsync` of each of its
    /// 20,000 files and folders 3–5 s; but for a page or two, `syncfs` (20–40 ms) also waits for
    /// whatever else is waiting to be written on that disk, and `fsync` of the page does not.
    public func syncFiles(_ relativePaths: [String], in directory: URL) throws {
        guard relativePaths.count > Self.filesSyncedOneByOne else {
            try fsyncEach(relativePaths, in: directory)
            return
        }
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.posixError(directory) }
        defer { close(descriptor) }
        guard csystem_sync_file_system(descriptor) == 0 else { throw Self.posixError(directory) }
    }

    /// Up to this many files, `syncFiles` syncs each rather than the whole file system.
    static let filesSyncedOneByOne = 64

    /// `fsync` of each file, then of each folder holding one (up to `directory`), so that new
    /// names reach the disk with the bytes.
    private func fsyncEach(_ relativePaths: [String], in directory: URL) throws {
        var folders: Set<String> = [directory.path]
        for path in relativePaths {
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                folders.insert(directory.path + "/" + folder)
            }
        }
        for path in relativePaths.map({ directory.path + "/" + $0 }) + folders.sorted() {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.posixError(path) }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw Self.posixError(path) }
        }
    }

    /// `fsync` of the folder itself: a rename is on disk only once its folder is.
    public func syncDirectory(_ directory: URL) throws {
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.posixError(directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Self.posixError(directory) }
    }

    /// `mkdir -p`, without Foundation's per-folder attribute lookups.
    public func createDirectory(_ directory: URL) throws {
        let path = directory.path
        if mkdir(path, 0o755) == 0 || errno == EEXIST && DirectoryWalker.isFolder(path) { return }
        guard errno == ENOENT else { throw Self.posixError(directory) }
        try createDirectory(directory.deletingLastPathComponent())
        guard mkdir(path, 0o755) == 0 || errno == EEXIST && DirectoryWalker.isFolder(path) else { throw Self.posixError(directory) }
    }

    private static func posixError(_ url: URL) -> CocoaError {
        posixError(url.path)
    }

    private static func posixError(_ path: String) -> CocoaError {
        let code = errno
        let reason = String(cString: strerror(code))
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return CocoaError(
            code == ENOSPC ? .fileWriteOutOfSpace : .fileWriteUnknown,
            userInfo: [NSLocalizedDescriptionKey: "\(reason) (\(name))"])
    }

    public func copyItem(_ source: URL, to destination: URL) throws {
        try FileManager.default.copyItem(at: source, to: destination)
    }

    public func moveItem(_ source: URL, to destination: URL) throws {
        try FileManager.default.moveItem(at: source, to: destination)
    }

    public func replaceItem(_ item: URL, with replacement: URL) throws {
        guard rename(replacement.path, item.path) == 0 else { throw Self.posixError(item) }
    }

    public func exchangeItems(_ first: URL, _ second: URL) throws {
        guard csystem_exchange_paths(first.path, second.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
    }

    public func removeItem(_ item: URL) throws {
        try FileManager.default.removeItem(at: item)
    }

    public func itemExists(_ item: URL) -> Bool {
        FileManager.default.fileExists(atPath: item.path)
    }
}
