import CSystem
import Foundation
import Synchronization

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
final class BuildLock: Sendable {
    /// The lock file, open; -1 once released.
    private let descriptor: Mutex<Int32>

    /// The lock file of builds into `output`.
    static func file(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock", isDirectory: false)
    }

    /// Takes the lock of `output` for `activity` ("building public/"), waiting for another
    /// holder when `waits`, after telling `onWait` once whom it waits for; without `waits`, a
    /// lock held elsewhere is an error naming its holder. A reader (`check`) that cannot make
    /// the lock file, in a folder it may not write, goes on without it: nothing is built there.
    static func acquire(
        for output: URL, activity: LocalizedMessage, waits: Bool, onWait: (@Sendable (LocalizedMessage) -> Void)?,
        readsOnly: Bool = false
    ) throws(BuildFailure) -> BuildLock {
        let file = file(for: output)
        let location = SourceLocation(path: file.lastPathComponent)
        func failure(_ code: Int32) -> BuildFailure {
            BuildFailure(diagnostics: [Diagnostic(.writeFailed(IOFailure(errno: code)), at: location)])
        }
        try? LocalFileSystem().createDirectory(file.deletingLastPathComponent())
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if readsOnly { return BuildLock(descriptor: -1) }
            throw failure(errno)
        }
        if csystem_lock_file(descriptor, 0) != 0 {
            guard errno == EWOULDBLOCK else {
                let code = errno
                close(descriptor)
                throw failure(code)
            }
            let holder = holder(in: descriptor)
            guard waits else {
                close(descriptor)
                throw BuildFailure(diagnostics: [Diagnostic(.buildInProgress(holder: holder), at: location)])
            }
            onWait?(LocalizedMessage(.waitingForBuild, ["holder": .phrase(holder)]))
            guard csystem_lock_file(descriptor, 1) == 0 else {
                let code = errno
                close(descriptor)
                throw failure(code)
            }
        }
        let record = Data("\(getpid())\t".utf8) + ((try? JSONEncoder().encode(activity)) ?? Data()) + Data("\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return BuildLock(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = Mutex(descriptor)
    }

    /// Who holds the lock, as its record says: "build-site (pid 123, building public/)". The
    /// record keeps the activity as a message, not as text, so that a build says it in its own
    /// language whatever the language of the holder.
    private static func holder(in descriptor: Int32) -> LocalizedMessage {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let fields = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
            .trimmingCharacters(in: .newlines).split(separator: "\t", maxSplits: 1).map(String.init)
        // A holder that has just taken the lock may not have written its record yet.
        guard fields.count == 2, Int32(fields[0]) != nil,
            let activity = try? JSONDecoder().decode(LocalizedMessage.self, from: Data(fields[1].utf8))
        else { return LocalizedMessage(.holderUnknown) }
        return LocalizedMessage(.holder, ["pid": .text(fields[0]), "activity": .phrase(activity)])
    }

    /// Lets the next build in; closing the file drops the lock. The record is left behind: it
    /// is read only while another build holds the lock, which rewrites it on taking it.
    func release() {
        descriptor.withLock { descriptor in
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
        }
    }

    deinit { release() }
}
