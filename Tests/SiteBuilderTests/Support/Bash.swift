import Foundation

/// Runs shell text with bash, as a forge's runner does, for the tests of scripts and pipelines.
enum Bash {
    /// Runs `script` with `bash -eo pipefail` (how GitLab's runner and GitHub's `shell: bash`
    /// run commands) in `directory`; the log is what a job log shows: stdout and stderr together.
    static func run(
        _ script: String, in directory: URL, environment: [String: String]
    ) throws -> (status: Int32, log: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--noprofile", "--norc", "-eo", "pipefail", "-c", script]
        process.currentDirectoryURL = directory
        process.environment = environment
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
