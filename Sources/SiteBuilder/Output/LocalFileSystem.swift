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
        let directory = directory.resolvingSymlinksInPath()
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: keys)
        else { return ([], []) }
        let base = directory.standardizedFileURL.path
        var files: [String] = []
        var links: [String] = []
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            let relative = String(path.dropFirst(base.count + 1))
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isSymbolicLink == true {
                links.append(relative)
            } else if values?.isRegularFile == true {
                files.append(relative)
            }
        }
        return (files.sorted(), links.sorted())
    }

    public func contents(of file: URL) throws -> Data {
        try Data(contentsOf: file)
    }

    public func size(of file: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue ?? 0
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
