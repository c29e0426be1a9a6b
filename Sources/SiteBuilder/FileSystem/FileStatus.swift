/// What the file system says about a file without reading it: enough to notice that it was
/// written, replaced or touched since a build recorded it.
public struct FileStatus: Sendable, Hashable {
    public let size: Int
    /// Last modification, in nanoseconds since 1970.
    public let modified: Int64
    /// Distinguishes a file replaced by another of the same size and time.
    public let inode: UInt64

    public init(size: Int, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
