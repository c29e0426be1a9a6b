import Foundation

/// The few file operations a build needs, behind a seam so tests can make any of them fail
/// and prove that `public/` survives.
public protocol FileSystem: Sendable {
    /// Regular files below `directory`, as paths relative to it, sorted; empty when it does not exist.
    func files(under directory: URL) throws -> [String]
    /// Symbolic links below `directory`, which a build refuses rather than follows.
    func symbolicLinks(under directory: URL) throws -> [String]
    func contents(of file: URL) throws -> Data
    /// The bytes of the file at `path`, or nil when it holds more than `maximumSize`: how
    /// every content file is read, so a huge one is refused without being read.
    func contents(atPath path: String, maximumSize: Int) throws -> Data?
    /// The size in bytes, read without reading the file, so a huge file is refused cheaply.
    func size(of file: URL) throws -> Int
    func write(_ data: Data, to file: URL) throws
    /// Writes the file at `path` and says what it now is: how every page is published.
    func write(_ data: Data, toPath path: String) throws -> FileStatus
    /// Adds bytes at the end of a file, making it if needed: how a file too large to hold
    /// is written, a piece at a time.
    func append(_ data: Data, to file: URL) throws
    func createDirectory(_ directory: URL) throws
    func copyItem(_ source: URL, to destination: URL) throws
    func moveItem(_ source: URL, to destination: URL) throws
    /// Puts `replacement` where `item` is, in one atomic step (`rename`).
    func replaceItem(_ item: URL, with replacement: URL) throws
    /// Swaps two existing items in one atomic step; throws where the system cannot.
    func exchangeItems(_ first: URL, _ second: URL) throws
    func removeItem(_ item: URL) throws
    func itemExists(_ item: URL) -> Bool
    /// The status of a file or folder, without following a symbolic link; nil if there is none.
    func status(of item: URL) -> FileStatus?
    /// Every regular file below `directory` with its status, by relative path: how a
    /// rebuild tells what changed since the last one without reading anything.
    func inventory(under directory: URL) -> [String: FileStatus]
    /// Makes these files of `directory` (relative paths), and the folders holding them, reach
    /// the disk before it returns: how a staged site is made to survive a power cut before it is
    /// swapped in.
    func syncFiles(_ relativePaths: [String], in directory: URL) throws
    /// Makes the entries of `directory` (files renamed or swapped into it) reach the disk.
    func syncDirectory(_ directory: URL) throws
}

extension FileSystem {
    public func contents(atPath path: String, maximumSize: Int) throws -> Data? {
        let file = URL(fileURLWithPath: path)
        guard try size(of: file) <= maximumSize else { return nil }
        return try contents(of: file)
    }

    public func write(_ data: Data, toPath path: String) throws -> FileStatus {
        let file = URL(fileURLWithPath: path)
        try write(data, to: file)
        guard let status = status(of: file) else { throw CocoaError(.fileNoSuchFile) }
        return status
    }

    public func inventory(under directory: URL) -> [String: FileStatus] {
        var result: [String: FileStatus] = [:]
        for path in (try? files(under: directory)) ?? [] {
            if let status = status(of: directory.appendingPathComponent(path, isDirectory: false)) { result[path] = status }
        }
        return result
    }
}
