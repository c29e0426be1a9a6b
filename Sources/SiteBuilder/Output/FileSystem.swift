import Foundation

/// The few file operations a build needs, behind a seam so tests can make any of them fail
/// and prove that `public/` survives.
public protocol FileSystem: Sendable {
    /// Regular files below `directory`, as paths relative to it, sorted; empty when it does not exist.
    func files(under directory: URL) throws -> [String]
    /// Symbolic links below `directory`, which a build refuses rather than follows.
    func symbolicLinks(under directory: URL) throws -> [String]
    func contents(of file: URL) throws -> Data
    /// The size in bytes, read without reading the file, so a huge file is refused cheaply.
    func size(of file: URL) throws -> Int
    func write(_ data: Data, to file: URL) throws
    func createDirectory(_ directory: URL) throws
    func copyItem(_ source: URL, to destination: URL) throws
    func moveItem(_ source: URL, to destination: URL) throws
    /// Swaps two existing items in one atomic step; throws where the system cannot.
    func exchangeItems(_ first: URL, _ second: URL) throws
    func removeItem(_ item: URL) throws
    func itemExists(_ item: URL) -> Bool
}
