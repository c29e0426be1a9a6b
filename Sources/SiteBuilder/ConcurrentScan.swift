import Foundation

/// What a build looks at before anything else — every input file's status, the output
/// folder's, and the build cache — read side by side (`Background`: on one thread when the
/// build is told to use one).
///
/// A build told to ignore the cache lists neither folder: it has no cache to compare them
/// with and records none (listing ten thousand inputs took a core for a twentieth of a second).
struct ConcurrentScan {
    let inputs: [String: FileStatus]
    let output: [String: FileStatus]
    let cache: (BuildCache?, String?)

    init(configuration: BuildConfiguration, loadCache: @escaping @Sendable () -> (BuildCache?, String?)) {
        let (root, outputFolder, fileSystem) = (configuration.root, configuration.output, configuration.fileSystem)
        let listsFolders = configuration.incremental
        let inputs = Background { listsFolders ? InputInventory.scan(root: root, fileSystem: fileSystem) : [:] }
        let output = Background { listsFolders ? fileSystem.inventory(under: outputFolder) : [:] }
        cache = loadCache()
        self.inputs = inputs.value
        self.output = output.value
    }
}
