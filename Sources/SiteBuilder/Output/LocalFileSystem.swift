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
        DirectoryWalker.walk(directory.resolvingSymlinksInPath().path) { relative, kind, _ in
            switch kind {
            case .file: files.append(relative)
            case .link: links.append(relative)
            }
        }
        return (files.sorted(), links.sorted())
    }

    public func inventory(under directory: URL) -> [String: FileStatus] {
        var result: [String: FileStatus] = [:]
        DirectoryWalker.walk(directory.resolvingSymlinksInPath().path, withStatus: true) { relative, kind, status in
            if kind == .file, let status { result[relative] = status }
        }
        return result
    }

    public func status(of item: URL) -> FileStatus? {
        DirectoryWalker.status(ofPath: item.path)
    }

    public func contents(of file: URL) throws -> Data {
        try Data(contentsOf: file)
    }

    public func size(of file: URL) throws -> Int {
        guard let status = status(of: file) else { throw CocoaError(.fileReadNoSuchFile) }
        return status.size
    }

    public func write(_ data: Data, to file: URL) throws {
        try data.write(to: file)
    }

    public func createDirectory(_ directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    public func copyItem(_ source: URL, to destination: URL) throws {
        try FileManager.default.copyItem(at: source, to: destination)
    }

    public func moveItem(_ source: URL, to destination: URL) throws {
        try FileManager.default.moveItem(at: source, to: destination)
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
