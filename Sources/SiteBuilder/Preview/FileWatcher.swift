import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells when anything changes below some folders of a site, once things are quiet again.
///
/// Linux has no `DispatchSource` for file systems in swift-corelibs, so this uses inotify
/// directly: one watch per folder and per subfolder (added as folders appear), reporting
/// writes, creations, deletions, moves and attribute changes (a `touch`, a `chmod`). Changes
/// are reported after a quiet period, so one save — or a `git checkout` of fifty files — makes
/// one rebuild. Reports are made on the watcher's own thread, one at a time: what changes
/// while one is being handled is reported next.
final class FileWatcher: @unchecked Sendable {
    /// The site folder; `folders` are inside it.
    let root: URL
    let folders: [String]
    /// How long nothing must change before a report, in milliseconds.
    let quietPeriod: Int32
    /// Receives the paths that changed, relative to `root`, sorted.
    private let onChange: @Sendable ([String]) -> Void

    private var inotify: Int32 = -1
    private var wake: (read: Int32, write: Int32) = (-1, -1)
    /// Each watch's folder, relative to `root`; `""` is the site folder itself, watched only
    /// so that a deleted and recreated `content/` is picked up again.
    private var watched: [Int32: String] = [:]
    private let finished = DispatchSemaphore(value: 0)
    private var running = false

    init(root: URL, folders: [String], quietPeriod: Int32 = 150, onChange: @escaping @Sendable ([String]) -> Void) {
        self.root = root.standardizedFileURL
        self.folders = folders
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    deinit {
        stop()
    }

    /// Watches every folder now, then reports changes from a thread of its own until `stop()`.
    func start() throws {
        guard !running else { return }
        inotify = inotify_init1(Int32(IN_CLOEXEC))
        var ends: [Int32] = [-1, -1]
        guard inotify >= 0, pipe(&ends) == 0 else { throw Failure.cannotWatch(errno: errno) }
        wake = (ends[0], ends[1])
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        add("", mask: Self.rootMask)
        for folder in folders { addTree(folder) }
        running = true
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        // A report may run a whole build on this thread: give it the main thread's stack.
        thread.stackSize = 8 << 20
        thread.name = "build-site file watcher"
        thread.start()
    }

    /// Stops watching; returns once the thread has finished the report it was making, so
    /// nothing started by a report is still running.
    func stop() {
        guard running else { return }
        running = false
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        finished.wait()
        close(inotify)
        close(wake.read)
        close(wake.write)
    }

    enum Failure: Error {
        case cannotWatch(errno: Int32)
    }

    private static let folderMask = UInt32(
        IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MOVE_SELF
            | IN_DELETE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)
    private static let rootMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR | IN_DONT_FOLLOW)

    /// Waits for events, gathers what changed, and reports once nothing has changed for the
    /// quiet period.
    private func run() {
        var pending: Set<String> = []
        while true {
            var descriptors = [
                pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, pending.isEmpty ? -1 : quietPeriod)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if descriptors[1].revents != 0 { return }
            if ready == 0 {
                onChange(pending.sorted())
                pending = []
            } else if descriptors[0].revents != 0 {
                pending.formUnion(readEvents())
            }
        }
    }

    /// The paths named by the events waiting to be read; new folders are watched on the way.
    private func readEvents() -> Set<String> {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
        guard count > 0 else { return [] }
        var changed: Set<String> = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (descriptor, mask, length) = buffer.withUnsafeBytes { bytes in
                (
                    bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                    bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                    Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                )
            }
            let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            changed.formUnion(handle(descriptor: descriptor, mask: mask, name: name))
        }
        return changed
    }

    private func handle(descriptor: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: watch everything again and rebuild.
            for folder in folders { addTree(folder) }
            return folders
        }
        guard let folder = watched[descriptor] else { return [] }
        if mask & UInt32(IN_IGNORED) != 0 {
            watched[descriptor] = nil
            return []
        }
        if mask & UInt32(IN_MOVE_SELF) != 0 {
            // Its new place, if inside, arrives as a creation in the new parent.
            inotify_rm_watch(inotify, descriptor)
            watched[descriptor] = nil
            return [folder]
        }
        if folder.isEmpty {
            guard folders.contains(name) else { return [] }  // e.g. the build's own `.cache/`
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(name) }
            return [name]
        }
        // Editors' leftovers (a swap file written every few seconds) change nothing a build reads.
        if !name.isEmpty && EditorLeftovers.contains(name) { return [] }
        let path = name.isEmpty ? folder : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
        return [path]
    }

    /// Watches `folder` and every folder below it, never following a symbolic link.
    private func addTree(_ folder: String) {
        guard add(folder, mask: Self.folderMask) else { return }
        let url = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
        for name in names.sorted() {
            var status = stat()
            let child = url.appendingPathComponent(name)
            if !EditorLeftovers.contains(name), lstat(child.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                addTree(folder + "/" + name)
            }
        }
    }

    @discardableResult
    private func add(_ folder: String, mask: UInt32) -> Bool {
        let path = folder.isEmpty ? root.path : root.appendingPathComponent(folder).path
        let descriptor = inotify_add_watch(inotify, path, mask)
        guard descriptor >= 0 else { return false }
        watched[descriptor] = folder
        return true
    }
}
