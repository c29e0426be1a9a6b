import Foundation

/// What a build looks at before anything else — every input file's status, the output
/// folder's, and the build cache — read at the same time on every core.
///
/// A build told to ignore the cache lists neither folder: it has no cache to compare them
/// with and records none (listing ten thousand inputs took a core for a twentieth of a second).
struct ConcurrentScan {
    let inputs: [String: FileStatus]
    let output: [String: FileStatus]
    let cache: (BuildCache?, String?)

    init(configuration: BuildConfiguration, loadCache: @escaping @Sendable () -> (BuildCache?, String?)) {
        let root = configuration.root
        let outputFolder = configuration.output
        let fileSystem = configuration.fileSystem
        let group = DispatchGroup()
        let results = UncheckedSendable(Box())
        if configuration.incremental {
            DispatchQueue.global().async(group: group) { results.value.inputs = InputInventory.scan(root: root, fileSystem: fileSystem) }
            DispatchQueue.global().async(group: group) { results.value.output = fileSystem.inventory(under: outputFolder) }
        }
        DispatchQueue.global().async(group: group) { results.value.cache = loadCache() }
        group.wait()
        inputs = results.value.inputs
        output = results.value.output
        cache = results.value.cache
    }

    /// Each field is written by one task and read after all have finished.
    private final class Box {
        var inputs: [String: FileStatus] = [:]
        var output: [String: FileStatus] = [:]
        var cache: (BuildCache?, String?) = (nil, nil)
    }
}
