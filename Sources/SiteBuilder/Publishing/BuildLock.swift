import CSystem
import Foundation

/// One build at a time per output folder: a second `build-site` publishing into the same
/// folder (or checking beside it) waits for the first, or stops at once when told not to wait.
///
/// The lock is an `flock` on `.public.lock` beside the output folder (as Hugo's
/// `.hugo_build.lock`), never the file's existence: the kernel drops it when its process ends,
/// however it ends, so a build killed or cut off by a power cut never blocks the next one. It
/// sits beside the folder it guards, with `.public.building` and `.public.spare`, so any two
/// builds into one folder meet on it, whatever site folder they build; it covers that folder's
/// build cache too, which is kept per output folder. The file holds the holder's process id
/// and what it is doing, so a waiting build can say whom it waits for.
final class BuildLock: @unchecked Sendable {
    private var descriptor: Int32

    /// The lock file of builds into `output`.
    static func file(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock", isDirectory: false)
    }

    /// Takes the lock of `output` for `activity` ("building public/"), waiting for another
    /// holder when `waits`, after telling `onWait` once whom it waits for; without `waits`, a
    /// lock held elsewhere is an error naming its holder. A reader (`check`) that cannot make
    /// the lock file, in a folder it may not write, goes on without it: nothing is built there.
    static func acquire(
        for output: URL, activity: String, waits: Bool, onWait: (@Sendable (String) -> Void)?, readsOnly: Bool = false
    ) throws(BuildFailure) -> BuildLock {
        let file = file(for: output)
        let location = SourceLocation(path: file.lastPathComponent)
        func failure(_ reason: String) -> BuildFailure {
            BuildFailure(diagnostics: [Diagnostic(.writeFailed(reason: "\(reason) (\(file.lastPathComponent))"), at: location)])
        }
        try? LocalFileSystem().createDirectory(file.deletingLastPathComponent())
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if readsOnly { return BuildLock(descriptor: -1) }
            throw failure(String(cString: strerror(errno)))
        }
        if csystem_lock_file(descriptor, 0) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw failure(reason)
            }
            let holder = holder(in: descriptor)
            guard waits else {
                close(descriptor)
                throw BuildFailure(diagnostics: [Diagnostic(.buildInProgress(holder: holder), at: location)])
            }
            onWait?("waiting for \(holder) to finish; run with --no-wait to stop instead")
            guard csystem_lock_file(descriptor, 1) == 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw failure(reason)
            }
        }
        let record = Data("\(getpid())\t\(activity)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return BuildLock(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Who holds the lock, as its record says: "build-site (pid 123, building public/)".
    private static func holder(in descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let fields = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
            .trimmingCharacters(in: .newlines).split(separator: "\t", maxSplits: 1).map(String.init)
        // A holder that has just taken the lock may not have written its record yet.
        guard fields.count == 2, Int32(fields[0]) != nil else { return "another build-site" }
        return "build-site (pid \(fields[0]), \(fields[1]))"
    }

    /// Lets the next build in; closing the file drops the lock. The record is left behind: it
    /// is read only while another build holds the lock, which rewrites it on taking it.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
