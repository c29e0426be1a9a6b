import Foundation
import SyntheticCorpus
import Testing

@testable import SiteBuilder

/// Standard error of a running `build-site`, collected as it comes.
private final class ErrorOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    init(_ pipe: Pipe) {
        pipe.fileHandleForReading.readabilityHandler = { [self] handle in
            let piece = handle.availableData
            lock.withLock { data.append(piece) }
        }
    }

    /// Waits until the text holds `part`, for at most `seconds`.
    func wait(for part: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text.contains(part) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return text.contains(part)
    }
}

@Suite("one build at a time")
struct BuildLockTests {
    /// A site big enough that builds started together overlap: a few hundred procedures take
    /// a debug build-site about a second.
    private func largeSite() throws -> SiteFixture {
        let site = try SiteFixture("", withTheme: true)
        try CorpusGenerator(procedureCount: 300, seed: 7).write(to: site.root)
        return site
    }

    private func start(_ arguments: [String], errors: Pipe) throws -> Process {
        let process = Process()
        process.executableURL = BuildSiteExecutable.url
        process.arguments = arguments
        process.environment = BuildSiteExecutable.environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return process
    }

    @Test("ten builds started at once on one site all succeed and publish exactly what one clean build does")
    func tenAtOnce() throws {
        let site = try largeSite()
        defer { site.delete() }
        let clean = site.root.appendingPathComponent("clean")
        let reference = try BuildSiteExecutable.run(["--root", site.root.path, "--output", clean.path, "--no-cache", "--no-sync"])
        #expect(reference.status == 0, "\(reference.errors)")
        let expected = try SiteFixture.snapshot(of: clean)
        try FileManager.default.removeItem(at: clean)

        // Half of them ignore the build cache, so each of those rebuilds and swaps in a whole site.
        let pipes = (0..<10).map { _ in Pipe() }
        let outputs = pipes.map(ErrorOutput.init)
        let processes = try (0..<10).map { index in
            try start(["--root", site.root.path] + (index % 2 == 0 ? ["--no-cache"] : []), errors: pipes[index])
        }
        for process in processes { process.waitUntilExit() }
        for (index, process) in processes.enumerated() {
            #expect(process.terminationStatus == 0, "build \(index) exited \(process.terminationStatus): \(outputs[index].text)")
        }
        // They did meet: some waited for another.
        #expect(outputs.contains { $0.text.contains("waiting for build-site (pid ") })

        let published = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        let differences = TreeComparison.differences(expected: expected, actual: published)
        #expect(differences.isEmpty, "\(differences.prefix(5))")
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public") }
        #expect(Set(beside).isSubset(of: [".public.lock", ".public.spare"]), "\(beside)")
        let leftovers = try LocalFileSystem().files(under: site.root.appendingPathComponent("public")).filter {
            $0.contains("/.") || $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a build killed with SIGKILL while it holds the lock does not block the next one")
    func killedHolder() throws {
        let site = try largeSite()
        defer { site.delete() }
        let lockFile = site.root.appendingPathComponent(".public.lock")
        let killed = try BuildSiteExecutable.start(["--root", site.root.path, "--no-cache"])
        // The holder writes its process id into the lock file once it holds the lock.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, (try? String(contentsOf: lockFile, encoding: .utf8))?.hasPrefix("\(killed.processIdentifier)\t") != true {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(killed.isRunning, "the build finished before it could be killed; use a larger site")
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)
        // The lock file stays, naming the dead build; it must not matter.
        #expect(try String(contentsOf: lockFile, encoding: .utf8).hasPrefix("\(killed.processIdentifier)\t"))

        let next = try BuildSiteExecutable.run(["--root", site.root.path, "--no-wait"])
        #expect(next.status == 0, "\(next.errors)")
        #expect(site.outputExists("index.html"))
    }

    @Test("beside a held lock, --no-wait exits 1 naming the holder, and a waiting build says so once, then builds")
    func waitOrNot() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let output = site.root.appendingPathComponent("public")
        let held = try BuildLock.acquire(
            for: output, activity: LocalizedMessage(.activityBuilding, ["folder": .text("test")]), waits: false, onWait: nil)
        let holder = "build-site (pid \(getpid()), building test/)"

        for command in [["build"], ["check"]] {
            let refused = try BuildSiteExecutable.run(command + ["--root", site.root.path, "--no-wait"])
            #expect(refused.status == 1)
            #expect(
                refused.errors.contains(
                    ".public.lock:1:1: error: \(holder) is using this folder; run again when it has finished, or without --no-wait to wait for it"
                ), "\(refused.errors)")
        }
        #expect(!site.outputExists("index.html"))

        let pipe = Pipe()
        let errors = ErrorOutput(pipe)
        let waiting = try start(["--root", site.root.path], errors: pipe)
        let said = errors.wait(for: "build-site: waiting for \(holder) to finish; run with --no-wait to stop instead\n", seconds: 30)
        #expect(said, "\(errors.text)")
        // Still waiting a moment later, and not saying it again.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(waiting.isRunning)
        #expect(!site.outputExists("index.html"))
        held.release()
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0, "\(errors.text)")
        #expect(errors.text.components(separatedBy: "waiting for").count == 2, "\(errors.text)")
        #expect(site.outputExists("index.html"))
    }

    @Test("where the lock file cannot be made, a build fails saying so and a check, which writes nothing, still runs")
    func unwritableLock() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        // Tests run as root, whom permissions do not stop: a folder in the lock file's place
        // cannot be opened for writing either.
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent(".public.lock"), withIntermediateDirectories: false)
        let build = try BuildSiteExecutable.run(["--root", site.root.path])
        #expect(build.status == 1)
        #expect(build.errors.contains(".public.lock:1:1: error: cannot write the site: it is a folder, not a file"), "\(build.errors)")
        let check = try BuildSiteExecutable.run(["check", "--root", site.root.path])
        #expect(check.status == 0, "\(check.errors)")
    }

    @Test("a preview's rebuild waits for another preview of the site, and never blocks a build into public/")
    func previews() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let said = Said()
        let session = PreviewSession(root: site.root) { said.add($0.text(in: .en)) }
        let held = try BuildLock.acquire(
            for: session.output, activity: LocalizedMessage(.activityBuilding, ["folder": .text("preview")]), waits: false, onWait: nil)

        // A build into public/ takes another lock.
        let build = try BuildSiteExecutable.run(["--root", site.root.path, "--no-wait"])
        #expect(build.status == 0, "\(build.errors)")

        let rebuilt = Background { session.rebuild() }
        let deadline = Date().addingTimeInterval(30)
        while said.messages.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(
            said.messages == ["waiting for build-site (pid \(getpid()), building preview/) to finish; run with --no-wait to stop instead"])
        #expect(!FileManager.default.fileExists(atPath: session.output.appendingPathComponent("index.html").path))
        held.release()
        #expect((try? rebuilt.value.get()) != nil)
        #expect(FileManager.default.fileExists(atPath: session.output.appendingPathComponent("index.html").path))
    }
}

/// What a preview said, from the thread it said it on.
private final class Said: @unchecked Sendable {
    private let lock = NSLock()
    private var said: [String] = []
    var messages: [String] { lock.withLock { said } }
    func add(_ message: String) { lock.withLock { said.append(message) } }
}
