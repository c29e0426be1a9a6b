import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lists a folder tree with `readdir` and `lstat`: a site of ten thousand procedures has tens
/// of thousands of files, and a rebuild that changed nothing must list them in milliseconds.
enum DirectoryWalker {
    /// What a walk finds: a file, a link, or a folder it could not open (whose files it
    /// cannot know: a build must say so rather than publish without them).
    enum Kind { case file, link, unlistableFolder }

    /// Calls `visit` for every regular file and symbolic link below `root` (never following
    /// links), with its path relative to `root`, in no particular order; and for every
    /// folder that exists but cannot be opened (`root` itself as ""). A missing `root` has
    /// nothing in it.
    static func walk(_ root: String, _ visit: (String, Kind) -> Void) {
        walk(root, relative: "", visit)
    }

    private static func walk(_ folder: String, relative: String, _ visit: (String, Kind) -> Void) {
        guard let entries = entries(of: folder) else {
            if errno != ENOENT || !relative.isEmpty { visit(relative, .unlistableFolder) }
            return
        }
        for (name, type) in entries {
            let child = relative.isEmpty ? name : relative + "/" + name
            switch type {
            case Int32(DT_DIR): walk(folder + "/" + name, relative: child, visit)
            case Int32(DT_REG): visit(child, .file)
            case Int32(DT_LNK): visit(child, .link)
            default: continue
            }
        }
    }

    /// The names in `folder` with their types, as the listing gives them (asking the file
    /// system only where it does not say); nil, with `errno` set, when it cannot be opened.
    private static func entries(of folder: String) -> [(name: String, type: Int32)]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var entries: [(String, Int32)] = []
        forEachEntry(of: stream) { name, type in
            var type = type
            if type == Int32(DT_UNKNOWN) {
                // Relative to the open folder: the kernel need not walk the whole path again.
                var info = stat()
                guard fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
                type = Self.type(of: info)
            }
            entries.append((name, type))
        }
        return entries
    }

    /// Calls `visit` with the name and the listed type of each entry of an open folder but
    /// `.` and `..`.
    private static func forEachEntry(of stream: OpaquePointer, _ visit: (String, Int32) -> Void) {
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            visit(name, Int32(entry.pointee.d_type))
        }
    }

    /// Every regular file below `root` with its status. Each folder is opened once: its files'
    /// statuses are read relative to the open folder as it is listed, and a folder of many
    /// folders (`thu-tuc/` has one per procedure) is listed on every core.
    static func inventory(_ root: String) -> [String: FileStatus] {
        var result: [String: FileStatus] = [:]
        for (path, status) in files(root, relative: "") { result[path] = status }
        return result
    }

    private static func files(_ folder: String, relative: String) -> [(String, FileStatus)] {
        guard let stream = opendir(folder) else { return [] }
        var files: [(String, FileStatus)] = []
        var subfolders: [String] = []
        let prefix = relative.isEmpty ? "" : relative + "/"
        forEachEntry(of: stream) { name, type in
            if type == Int32(DT_DIR) {
                subfolders.append(name)
            } else if type == Int32(DT_REG) || type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
                switch info.st_mode & S_IFMT {
                case S_IFREG: files.append((prefix + name, FileStatus(info)))
                case S_IFDIR: subfolders.append(name)
                default: return
                }
            }
        }
        closedir(stream)
        let below: @Sendable (String) -> [(String, FileStatus)] = { name in
            Self.files(folder + "/" + name, relative: prefix + name)
        }
        if subfolders.count > 64 {
            files += subfolders.concurrentMap(below).flatMap { $0 }
        } else {
            for name in subfolders { files += below(name) }
        }
        return files
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
