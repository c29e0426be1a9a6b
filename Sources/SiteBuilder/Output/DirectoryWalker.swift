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
                // Relative to the open folder: the kernel need not walk the whole path again.
                var info = stat()
                guard fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
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

    /// Every regular file below `root` with its status, the folders two levels down listed
    /// on every core: the published site has a folder per procedure.
    static func inventory(_ root: String) -> [String: FileStatus] {
        var result: [String: FileStatus] = [:]
        var folders: [String] = []
        // The first two levels: files directly, folders kept for the parallel walk.
        for (relative, isFolder, status) in entries(of: root) {
            if !isFolder { if let status { result[relative] = status }; continue }
            for (child, childIsFolder, childStatus) in entries(of: root + "/" + relative) {
                let path = relative + "/" + child
                if childIsFolder { folders.append(path) } else if let childStatus { result[path] = childStatus }
            }
        }
        let parts = folders.concurrentMap { folder -> [String: FileStatus] in
            var part: [String: FileStatus] = [:]
            walk(root + "/" + folder, withStatus: true) { relative, kind, status in
                if kind == .file, let status { part[folder + "/" + relative] = status }
            }
            return part
        }
        for part in parts { result.merge(part) { first, _ in first } }
        return result
    }

    /// The regular files (with status) and folders directly in `folder`; links are left out.
    private static func entries(of folder: String) -> [(name: String, isFolder: Bool, status: FileStatus?)] {
        var result: [(String, Bool, FileStatus?)] = []
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var info = stat()
            guard fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            switch type(of: info) {
            case Int32(DT_DIR): result.append((name, true, nil))
            case Int32(DT_REG): result.append((name, false, FileStatus(info)))
            default: continue
            }
        }
        return result
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
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
