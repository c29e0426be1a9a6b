import Foundation
import Testing

@testable import SiteBuilder

// Serialized: the slow inputs hold the process-wide parse lock, which the time-limit test measures.
@Suite("hostile input", .serialized)
struct HostileInputTests {
    private func page(_ body: String) -> String {
        Fixtures.smallSite + "\n-- content/pages/thu.md --\n---\ntitle: Thử\n---\n" + body
    }

    @Test("a table with thousands of columns is refused at its delimiter row instead of exploding")
    func wideTable() throws {
        let header = String(repeating: "|a", count: 2000) + "|"
        let delimiter = String(repeating: "|-", count: 2000) + "|"
        let rows = String(repeating: "x\n", count: 4000)
        let site = try SiteFixture(page("Mở đầu.\n\n" + header + "\n" + delimiter + "\n" + rows))
        defer { site.delete() }
        let start = Date()
        #expect(
            site.diagnostics() == [
                "content/pages/thu.md:7:1: error: this table has 2,000 columns; at most 64 are allowed — split it into several tables"
            ])
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("a narrow table with too many cells is refused")
    func tallTable() throws {
        let table =
            String(repeating: "|a", count: 60) + "|\n" + String(repeating: "|-", count: 60) + "|\n"
            + String(repeating: "x\n", count: 2000)
        let site = try SiteFixture(page(table))
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/pages/thu.md:5:1: error: this table has about 120,060 cells; at most 100,000 are allowed — split it, or attach it as a file"
            ])
    }

    @Test("a file over the size limit is refused by name")
    func hugeFile() throws {
        let site = try SiteFixture(page(String(repeating: "Văn bản rất dài. ", count: 20_000)))
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/pages/thu.md:1:1: error: this file is larger than 256 KB; split it, or move long annexes into an attachment under 'content/files/'"
            ])
    }

    @Test("a file that is not UTF-8 is refused by name")
    func notUTF8() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.write(
            Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xC0, 0xFF, 0x0A]), to: "content/pages/la.md")
        #expect(
            site.diagnostics() == [
                "content/pages/la.md:1:1: error: this file is not UTF-8 text; save it again as UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))"
            ])
    }

    @Test("the worst known Markdown inputs under the size limit finish in seconds")
    func quadraticInputs() throws {
        let inputs = [
            String(repeating: "![[]()", count: 16_000),
            String(repeating: "- ", count: 60_000),
            String(repeating: "- a\n  ", count: 20_000),
            String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000),
            String(repeating: "*a _b ", count: 20_000),
        ]
        for input in inputs {
            let site = try SiteFixture(page(input))
            defer { site.delete() }
            let start = Date()
            _ = site.diagnostics()
            #expect(Date().timeIntervalSince(start) < 15, "input starting \(input.prefix(12)) took too long")
        }
    }

    @Test("a body that renders longer than the time limit stops the build and names the file")
    func renderTimeLimit() throws {
        let site = try SiteFixture(page(String(repeating: "![[]()", count: 30_000)))
        defer { site.delete() }
        try site.write("sentinel", to: "public/sentinel.txt")
        var configuration = site.configuration
        configuration.renderTimeLimit = 0.5
        do {
            try SiteBuilder(configuration: configuration).build()
            Issue.record("the build should have stopped")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "content/pages/thu.md:4:1: error: rendering this file's text took longer than 0.5 seconds and was stopped; look for an unusually repetitive passage"
                ])
        }
        #expect(try site.output("sentinel.txt") == "sentinel")
    }

    @Test("a render's clock runs while it works, from its start, and stops while it waits for the parse lock")
    func renderClock() {
        enum Outcome: Equatable { case rendered, timedOut, stopped }
        func watch(_ work: @escaping @Sendable (RenderWatch<Outcome>, Int) -> Void, renders: Int = 1) -> [Outcome] {
            let watch = RenderWatch<Outcome>(count: renders, seconds: 0.2)
            DispatchQueue.global().async {
                while let index = watch.claim() { work(watch, index) }
            }
            return watch.wait(timedOut: .timedOut, stopped: .stopped, stop: {})
        }
        // Working past the limit before ever waiting for the lock (a slow block parse).
        #expect(
            watch { watch, index in
                watch.run(index)
                Thread.sleep(forTimeInterval: 0.6)
                watch.finish(index, .rendered)
            } == [.timedOut])
        // Waiting longer than the limit, then working briefly.
        #expect(
            watch { watch, index in
                watch.run(index)
                watch.pause(index)
                Thread.sleep(forTimeInterval: 0.4)
                watch.run(index)
                watch.finish(index, .rendered)
            } == [.rendered])
        // After a time-out, no render starts.
        #expect(
            watch(
                { watch, index in
                    watch.run(index)
                    if index == 0 { Thread.sleep(forTimeInterval: 0.6) }
                    watch.finish(index, .rendered)
                }, renders: 3) == [.timedOut, .stopped, .stopped])
    }

    @Test("a time-out among many files keeps the warnings of the files before it and starts none after it")
    func timeOutAmongFiles() throws {
        var site = Fixtures.smallSite
        for (name, body) in [
            ("a", "Mở <b>đầu</b>."), ("b", "Mở <i>đầu</i>."), ("c", String(repeating: "![[]()", count: 30_000)), ("d", "Kết <u>thúc</u>."),
        ] {
            site += "\n-- content/pages/\(name).md --\n---\ntitle: Thử \(name)\n---\n" + body
        }
        let fixture = try SiteFixture(site)
        defer { fixture.delete() }
        var configuration = fixture.configuration
        configuration.renderTimeLimit = 0.5
        do {
            try SiteBuilder(configuration: configuration).build()
            Issue.record("the build should have stopped")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "content/pages/a.md:4:4: warning: raw HTML is not published; write it in Markdown instead",
                    "content/pages/b.md:4:4: warning: raw HTML is not published; write it in Markdown instead",
                    "content/pages/c.md:4:1: error: rendering this file's text took longer than 0.5 seconds and was stopped; look for an unusually repetitive passage",
                ])
        }
    }

    @Test("waiting behind another file's slow render does not count against a file's time limit")
    func queueingIsNotRendering() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        // A render outside the build holds the parse lock until the test lets it go.
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        Thread {
            let hooks = ParseHooks(finishing: {
                holding.signal()
                release.wait()
            })
            _ = MarkdownRenderer().render("x", file: SourceFile(path: "x.md", text: ""), firstLine: 1, hooks: hooks)
        }.start()
        holding.wait()

        var configuration = site.configuration
        configuration.renderTimeLimit = 0.5
        let builder = SiteBuilder(configuration: configuration)
        let outcome = BuildOutcome()
        Thread {
            outcome.set(Result { () throws(BuildFailure) in try builder.build() })
        }.start()
        // The build's renders queue behind the lock for twice their time limit.
        let finishedWhileQueued = outcome.wait(seconds: 1.0)
        release.signal()
        #expect(!finishedWhileQueued, "the build finished without queueing behind the parse lock")
        _ = outcome.wait(seconds: 60)
        #expect(throws: Never.self) { try outcome.result?.get() }
    }
}

/// A build's result, handed from the thread that ran it.
private final class BuildOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private(set) var result: Result<BuildReport, BuildFailure>?

    func set(_ result: Result<BuildReport, BuildFailure>) {
        self.result = result
        done.signal()
    }

    /// Whether the build finished within `seconds`; once it has, always true.
    func wait(seconds: Double) -> Bool {
        guard done.wait(timeout: .now() + seconds) == .success else { return false }
        done.signal()
        return true
    }
}
