import CSystem
import Foundation

/// The real disk.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func files(under directory: URL) throws -> [String] {
        walk(directory).files
    }

    public func symbolicLinks(under directory: URL) throws -> [String] {
        walk(directory).links
    }

    /// Regular files and symbolic links below `directory`, relative to it and sorted. Links
    /// are never followed, so nothing outside the folder can be read through one.
    private func walk(_ directory: URL) -> (files: [String], links: [String]) {
        var files: [String] = []
        var links: [String] = []
        DirectoryWalker.walk(directory.resolvingSymlinksInPath().path) { relative, kind in
            switch kind {
            case .file: files.append(relative)
            case .link: links.append(relative)
            }
        }
        return (files.sorted(), links.sorted())
    }

    public func inventory(under directory: URL) -> [String: FileStatus] {
        DirectoryWalker.inventory(directory.resolvingSymlinksInPath().path)
    }

    public func status(of item: URL) -> FileStatus? {
        DirectoryWalker.status(ofPath: item.path)
    }

    /// `posix_fadvise(WILLNEED)`: the kernel queues the reads and returns at once, so the disk
    /// serves many files at a time instead of one per waiting thread. Files already in memory
    /// cost an `open` and a `close`.
    public func prefetch(_ relativePaths: [String], in directory: URL) {
        let folder = directory.path + "/"
        for relativePath in relativePaths {
            let descriptor = open(folder + relativePath, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
            close(descriptor)
        }
    }

    public func contents(of file: URL) throws -> Data {
        try Data(contentsOf: file)
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

    private func write(_ data: Data, to file: URL, flags: Int32) throws {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.posixError(file) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.posixError(file)
                }
                offset += written
            }
        }
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
        let code = errno
        let reason = String(cString: strerror(code))
        return CocoaError(
            code == ENOSPC ? .fileWriteOutOfSpace : .fileWriteUnknown,
            userInfo: [NSLocalizedDescriptionKey: "\(reason) (\(url.lastPathComponent))"])
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
