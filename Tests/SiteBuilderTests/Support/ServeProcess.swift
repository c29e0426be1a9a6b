import Foundation

/// A `build-site serve` process, its output collected as it comes, so a test can read the
/// port it printed, signal it, and see how it ends — each within a bounded wait.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var collected = (output: Data(), errors: Data())
    private let exited = DispatchSemaphore(value: 0)

    init(root: URL, arguments: [String] = ["--port", "0"]) throws {
        process.executableURL = BuildSiteExecutable.url
        process.arguments = ["serve", "--root", root.path] + arguments
        process.environment = BuildSiteExecutable.environment()
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.collected.output.append(data) }
        }
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.collected.errors.append(data) }
        }
        process.terminationHandler = { [exited] _ in exited.signal() }
        try process.run()
    }

    var output: String { lock.withLock { String(decoding: collected.output, as: UTF8.self) } }
    var errors: String { lock.withLock { String(decoding: collected.errors, as: UTF8.self) } }

    /// The port of the `serving http://127.0.0.1:PORT/` line, once printed.
    func port(within seconds: Double) async throws -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        func printed() -> Int? {
            output.firstMatch(of: /serving http:\/\/127\.0\.0\.1:(\d+)\//).flatMap { Int($0.1) }
        }
        while Date() < deadline, process.isRunning {
            if let port = printed() { return port }
            try await Task.sleep(for: .milliseconds(50))
        }
        // Once more after the deadline: a test task can be held up longer than the process.
        return printed()
    }

    /// How many builds have succeeded so far, by their summary lines.
    var successfulBuilds: Int {
        output.split(separator: "\n").filter { $0.hasPrefix("built ") }.count
    }

    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// The exit status, if the process ended within `seconds`.
    func exitStatus(within seconds: Double) -> Int32? {
        guard exited.wait(timeout: .now() + seconds) == .success else { return nil }
        exited.signal()  // for any later call
        return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
    }

    /// Kills the process if it is still running: no test leaves a server behind.
    func end() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        _ = exitStatus(within: 5)
    }
}
