import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lists a folder tree with `readdir` and `lstat`: a site of ten thousand procedures has tens
/// of thousands of files, and a rebuild that changed nothing must list them in milliseconds.
enum DirectoryWalker {
    enum Kind { case file, link }

    /// Calls `visit` for every regular file and symbolic link below `root` (never following
    /// links), with its path relative to `root`, in no particular order.
    static func walk(_ root: String, withStatus: Bool = false, _ visit: (String, Kind, FileStatus?) -> Void) {
        walk(root, relative: "", withStatus: withStatus, visit)
    }

    private static func walk(_ folder: String, relative: String, withStatus: Bool, _ visit: (String, Kind, FileStatus?) -> Void) {
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var type = Int32(entry.pointee.d_type)
            var status: FileStatus?
            if type == Int32(DT_UNKNOWN) || (withStatus && type == Int32(DT_REG)) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                type = Self.type(of: info)
                status = FileStatus(info)
            }
            switch type {
            case Int32(DT_DIR): walk(path, relative: child, withStatus: withStatus, visit)
            case Int32(DT_REG): visit(child, .file, status)
            case Int32(DT_LNK): visit(child, .link, nil)
            default: continue
            }
        }
    }

    static func status(ofPath path: String) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    private static func type(of info: stat) -> Int32 {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: Int32(DT_DIR)
        case S_IFREG: Int32(DT_REG)
        case S_IFLNK: Int32(DT_LNK)
        default: Int32(DT_UNKNOWN)
        }
    }
}

extension FileStatus {
    init(_ info: stat) {
        self.init(
            size: Int(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
