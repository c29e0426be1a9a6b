import Foundation

@testable import SiteBuilder

/// A test's file system that is the real disk but for the operations it declares itself:
/// a full disk, a file that cannot be read, a log of syncs and renames.
protocol DiskWrapper: FileSystem {}

extension DiskWrapper {
    private var disk: LocalFileSystem { LocalFileSystem() }

    func files(under directory: URL) throws -> [String] { try disk.files(under: directory) }
    func symbolicLinks(under directory: URL) throws -> [String] { try disk.symbolicLinks(under: directory) }
    func contents(of file: URL) throws -> Data { try disk.contents(of: file) }
    func size(of file: URL) throws -> Int { try disk.size(of: file) }
    func write(_ data: Data, to file: URL) throws { try disk.write(data, to: file) }
    func append(_ data: Data, to file: URL) throws { try disk.append(data, to: file) }
    func createDirectory(_ directory: URL) throws { try disk.createDirectory(directory) }
    func copyItem(_ source: URL, to destination: URL) throws { try disk.copyItem(source, to: destination) }
    func moveItem(_ source: URL, to destination: URL) throws { try disk.moveItem(source, to: destination) }
    func replaceItem(_ item: URL, with replacement: URL) throws { try disk.replaceItem(item, with: replacement) }
    func exchangeItems(_ first: URL, _ second: URL) throws { try disk.exchangeItems(first, second) }
    func removeItem(_ item: URL) throws { try disk.removeItem(item) }
    func itemExists(_ item: URL) -> Bool { disk.itemExists(item) }
    func status(of item: URL) -> FileStatus? { disk.status(of: item) }
    func syncFiles(_ relativePaths: [String], in directory: URL) throws { try disk.syncFiles(relativePaths, in: directory) }
    func syncDirectory(_ directory: URL) throws { try disk.syncDirectory(directory) }
}
