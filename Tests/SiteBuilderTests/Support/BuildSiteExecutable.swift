import Foundation

/// The real `build-site` executable, built beside the test bundle, run as editors run it.
enum BuildSiteExecutable {
    static var url: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("build-site").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("build-site")
    }

    /// The environment the tool runs in: this one, with messages in `language` (English, which
    /// most tests quote) or, for `nil`, with no language asked for (Vietnamese, the default).
    static func environment(language: String? = "en") -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["BUILD_SITE_LANG"] = language
        return environment
    }

    /// Starts the tool without waiting for it, its output discarded.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// - Parameter directory: the folder it runs in, as an editor's current folder.
    static func run(
        _ arguments: [String], in directory: URL? = nil, language: String? = "en"
    ) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(language: language)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
