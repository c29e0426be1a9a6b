import CSystem
import Foundation

/// The real disk.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func files(under directory: URL) throws -> [String] {
        let directory = directory.resolvingSymlinksInPath()
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return []
        }
        guard let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        let base = directory.standardizedFileURL.path
        var found: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            found.append(String(path.dropFirst(base.count + 1)))
        }
        return found.sorted()
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
