import Foundation
import Testing

@testable import SiteBuilder

/// `build-site serve`: the preview over HTTP, its rebuilds on every change, the errors it
/// shows, the paths it refuses, and how it stops. Each test runs the real executable on a
/// free port of 127.0.0.1 and stops it; every wait is bounded.
///
/// The server runs in a process of its own, as editors run it: in this process it would
/// share Swift's few task threads with the other suites' long synchronous builds, and
/// starve.
@Suite("the preview server", .serialized)
struct PreviewServerTests {
    private static let procedure = "content/procedures/2.000693.md"
    private static let procedurePage = "/thu-tuc/2.000693/"
    private static let scriptTag = "<script src=\"/__preview/reload.js\""
    /// Generous for a tiny site on a busy 2-core machine; a pass takes well under a second.
    private static let patience = 20.0

    /// Runs `build-site serve` over `site` on a free port, runs `body`, and always ends the
    /// process; a process that was not stopped by SIGTERM with status 0 fails the test.
    private func withServe(_ site: SiteFixture, _ body: (_ port: Int, _ serve: ServeProcess) async throws -> Void) async throws {
        let serve = try ServeProcess(root: site.root)
        defer { serve.end() }
        let port = try #require(try await serve.port(within: 120), "no 'serving' line: \(serve.output) \(serve.errors)")
        try await body(port, serve)
        serve.send(SIGTERM)
        let status = serve.exitStatus(within: 20)
        #expect(status == 0, "exit status \(String(describing: status)); errors: \(serve.errors)")
    }

    @Test("a second preview on a port in use stops at once, saying so in the editor's language")
    func portInUse() async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try await withServe(site) { port, _ in
            let arguments = ["serve", "--root", site.root.path, "--port", String(port)]
            let second = try BuildSiteExecutable.run(arguments, language: nil)
            #expect(second.status == 2)
            #expect(
                second.errors
                    == "lỗi: không nghe được tại 127.0.0.1 cổng \(port): cổng này đang được dùng; hãy chọn cổng khác bằng --port\n")
            let english = try BuildSiteExecutable.run(arguments + ["--lang", "en"], language: nil)
            #expect(
                english.errors == "error: cannot listen on 127.0.0.1 port \(port): the port is in use; choose another one with --port\n")
        }
    }

    /// Polls `condition` for at most `patience` seconds; when it never holds, records `what`
    /// did not happen, with everything the server printed.
    private func eventually(
        _ what: String, _ serve: ServeProcess, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ condition: () throws -> Bool
    ) async throws {
        let deadline = Date().addingTimeInterval(Self.patience)
        while Date() < deadline {
            if try condition() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        // Once more after the deadline: this task can be held up longer than the server.
        if try condition() { return }
        Issue.record(
            "\(what) did not happen within \(Self.patience) s; build-site serve said:\n\(serve.output)\n\(serve.errors)",
            sourceLocation: sourceLocation)
    }

    private func state(_ port: Int) throws -> PreviewState {
        try JSONDecoder().decode(PreviewState.self, from: RawHTTP.get("/__preview/state", port: port).body)
    }

    private func edit(_ site: SiteFixture, _ path: String, _ change: (String) -> String) throws {
        try site.write(change(try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)), to: path)
    }

    private func previewFile(_ site: SiteFixture, _ path: String) throws -> String {
        try String(contentsOf: PreviewSession.defaultOutput(root: site.root).appendingPathComponent(path), encoding: .utf8)
    }

    @Test("a form named with spaces and Vietnamese letters is served at the percent-encoded address its page links")
    func servesEncodedFileNames() async throws {
        let site = try SiteFixture(AddressEncodingTests.site)
        defer { site.delete() }
        try await withServe(site) { port, _ in
            let page = try RawHTTP.get(Self.procedurePage, port: port)
            let link = try #require(page.text.firstMatch(of: #/<a href="([^"]*)">Tờ khai đăng ký</a>/#))
            #expect(link.1 == AddressEncodingTests.formAddress)
            let form = try RawHTTP.get(String(link.1), port: port)
            #expect(form.status == 200)
            #expect(form.text.hasPrefix("Tờ khai"))
        }
    }

    @Test("pages are served over HTTP with the reload script, which is never written to disk")
    func servesPages() async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try await withServe(site) { port, serve in
            let home = try RawHTTP.get("/", port: port)
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            for (name, value) in PreviewResponder.securityHeaders {
                #expect(home.headers[name.lowercased()] == value, "the preview sends \(name) as the published site does")
            }
            #expect(home.text.contains(Self.scriptTag))
            #expect(home.text.contains("</script>\n</body>"), "the script goes just before </body>")

            let page = try RawHTTP.get(Self.procedurePage, port: port)
            #expect(page.status == 200)
            #expect(page.text.contains("Giải quyết hưởng chế độ thai sản"))
            #expect(page.text.contains(Self.scriptTag))
            let onDisk = try previewFile(site, "thu-tuc/2.000693/index.html")
            #expect(onDisk.contains("Giải quyết hưởng chế độ thai sản"))
            #expect(!onDisk.contains("__preview"), "the preview folder holds the site as it would be published")
            #expect(page.text.replacingOccurrences(of: PreviewInjector.tag(generation: try state(port).generation), with: "") == onDisk)

            let stylesheet = try RawHTTP.get("/assets/style.css", port: port)
            #expect(stylesheet.status == 200)
            #expect(stylesheet.headers["content-type"] == "text/css; charset=utf-8")
            #expect(!stylesheet.text.contains("__preview"))
            // Pages link assets with their version: the query is not part of the file's name.
            let versioned = try RawHTTP.get("/assets/style.css?v=0123abcd", port: port)
            #expect(versioned.status == 200)
            #expect(versioned.text == stylesheet.text)
            let linked = try #require(home.text.firstMatch(of: #/href="(/assets/style\.css\?v=[0-9a-f]{8})"/#))
            #expect(try RawHTTP.get(String(linked.1), port: port).text == stylesheet.text)

            let script = try RawHTTP.get("/__preview/reload.js", port: port)
            #expect(script.status == 200)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("fetch(\"/__preview/state\""))

            let folder = try RawHTTP.get("/thu-tuc/2.000693", port: port)
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == Self.procedurePage)

            let current = try state(port)
            #expect(current.ok && current.errors.isEmpty && current.generation >= 1)
        }
        #expect(!site.outputExists("index.html"), "serve never writes public/")
    }

    @Test("an unknown address gets the site's 404 page with status 404")
    func unknownAddress() async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try await withServe(site) { port, serve in
            let missing = try RawHTTP.get("/khong-co-trang-nay/", port: port)
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
            let notFoundPage = try previewFile(site, "404.html")
            #expect(
                missing.text
                    == String(
                        decoding: PreviewInjector.inject(into: Data(notFoundPage.utf8), generation: try state(port).generation),
                        as: UTF8.self))
            #expect(try RawHTTP.get("/thu-tuc/9.999999/", port: port).status == 404)
            #expect(try RawHTTP.get("/assets/khong-co.css", port: port).status == 404)
        }
    }

    @Test("requests outside the site are refused, however they are spelled, and symbolic links are never followed")
    func refusesTraversal() async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let secret = "BI-MAT-\(UUID().uuidString)"
        try site.write(secret, to: "secret.txt")
        try await withServe(site) { port, serve in
            // The preview folder is <root>/.cache/build-site/preview: three levels up is the site folder.
            let outside = [
                "/../Package.swift",
                "/../../../secret.txt",
                "/thu-tuc/../../../../secret.txt",
                "/%2e%2e/%2e%2e/%2e%2e/secret.txt",
                "/%2E%2E/%2E%2E/%2E%2E/secret.txt",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2f..%2fsecret.txt",
                "/..%2F..%2F..%2Fetc/passwd",
                "/..%5c..%5c..%5csecret.txt",
                "/..\\..\\..\\secret.txt",
                "/secret.txt%00.html",
                "/./index.html",
            ]
            for target in outside {
                let answer = try RawHTTP.get(target, port: port)
                #expect(answer.status == 403, "\(target) answered \(answer.status)")
                #expect(!answer.text.contains(secret) && !answer.text.contains("root:x:0"), "\(target) leaked a file")
            }
            // Decoded once only: a doubly encoded `..` is a strange name, not a way out.
            let doubled = try RawHTTP.get("/%252e%252e/%252e%252e/%252e%252e/secret.txt", port: port)
            #expect(doubled.status == 404 && !doubled.text.contains(secret))

            let preview = PreviewSession.defaultOutput(root: site.root)
            try FileManager.default.createSymbolicLink(
                at: preview.appendingPathComponent("leak.txt"), withDestinationURL: site.root.appendingPathComponent("secret.txt"))
            try FileManager.default.createSymbolicLink(at: preview.appendingPathComponent("leak"), withDestinationURL: site.root)
            try FileManager.default.createSymbolicLink(
                at: preview.appendingPathComponent("thu-tuc/leak.html"), withDestinationURL: site.root.appendingPathComponent("secret.txt"))
            // Refused even when it stays inside: the published site has no links, so neither does the preview.
            try FileManager.default.createSymbolicLink(
                at: preview.appendingPathComponent("alias.html"), withDestinationURL: preview.appendingPathComponent("index.html"))
            try FileManager.default.createSymbolicLink(
                at: preview.appendingPathComponent("ban-sao"), withDestinationURL: preview.appendingPathComponent("thu-tuc"))
            for target in ["/leak.txt", "/leak/secret.txt", "/leak/", "/thu-tuc/leak.html", "/alias.html", "/ban-sao/2.000693/"] {
                let answer = try RawHTTP.get(target, port: port)
                #expect(answer.status == 403, "\(target) answered \(answer.status)")
                #expect(!answer.text.contains(secret), "\(target) followed a symbolic link out of the site")
            }
        }
    }

    @Test("an edited procedure is rebuilt and served within a bounded wait, and public/ is untouched")
    func picksUpEdits() async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let published = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))
        try await withServe(site) { port, serve in
            let before = try state(port).generation
            #expect(!(try RawHTTP.get(Self.procedurePage, port: port).text.contains("Đoạn mới 7391")))

            try edit(site, Self.procedure) { $0 + "\nĐoạn mới 7391 về thời hạn giải quyết.\n" }
            // The page is on disk a moment before the state counts the new generation.
            try await eventually("the edit reaching the page and a new generation", serve) {
                let after = try state(port)
                return try RawHTTP.get(Self.procedurePage, port: port).text.contains("Đoạn mới 7391") && after.ok
                    && after.generation > before
            }

            // A file in a folder that did not exist when the preview started: its folder is watched as it appears.
            try site.write("Mẫu 02 bản 1\n", to: "content/files/bieu-mau/moi/mau-02.txt")
            try await eventually("a file in a new folder being served", serve) {
                try RawHTTP.get("/files/bieu-mau/moi/mau-02.txt", port: port).text == "Mẫu 02 bản 1\n"
            }
            try site.write("Mẫu 02 bản 2\n", to: "content/files/bieu-mau/moi/mau-02.txt")
            try await eventually("an edit in the new folder being served", serve) {
                try RawHTTP.get("/files/bieu-mau/moi/mau-02.txt", port: port).text == "Mẫu 02 bản 2\n"
            }
        }
        #expect(try SiteFixture.snapshot(of: site.root.appendingPathComponent("public")) == published, "serve changed public/")
    }

    @Test("an editor's swap file rebuilds nothing, and a rebuild that publishes the same bytes, as after a touch, reloads no page")
    func sameSiteNoReload() async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try await withServe(site) { port, serve in
            let before = try state(port)
            try site.write("b0VIM 9.0\n", to: "content/procedures/.2.000693.md.swp")
            try site.write("sao lưu\n", to: "content/procedures/2.000693.md~")
            // A touch: the file's time changes, its bytes do not.
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: site.root.appendingPathComponent(Self.procedure).path)
            try await eventually("a rebuild after the touch", serve) { serve.successfulBuilds >= 2 }
            #expect(serve.output.contains("changed: \(Self.procedure)"))
            #expect(!serve.output.contains(".swp") && !serve.output.contains(".md~"), "\(serve.output)")
            #expect(try state(port) == before)

            try edit(site, Self.procedure) { $0 + "\nMột câu mới.\n" }
            try await eventually("a rebuild after the edit", serve) { serve.successfulBuilds >= 3 }
            #expect(try state(port).generation == before.generation + 1)
        }
    }

    @Test("a content error shows in the state with file, line and message over the last good page, and fixing it recovers")
    func showsErrorsAndRecovers() async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try await withServe(site) { port, serve in
            let good = try RawHTTP.get(Self.procedurePage, port: port).text
            let goodGeneration = try state(port).generation

            try edit(site, Self.procedure) { $0.replacingOccurrences(of: "online: full", with: "online: fully") }
            try await eventually("the error showing", serve) { try !state(port).ok }
            let failed = try state(port)
            #expect(failed.generation > goodGeneration)
            let problem = try #require(failed.errors.first)
            #expect(problem.path == Self.procedure)
            #expect(problem.line == 8 && problem.column == 1)
            #expect(problem.severity == "error")
            #expect(problem.message == "'online' must be one of 'full', 'partial', 'none', found 'fully'; did you mean 'full'?")

            // The last good site stays, with the script that draws the errors over it.
            let during = try RawHTTP.get(Self.procedurePage, port: port)
            #expect(during.status == 200)
            #expect(
                during.text
                    == good.replacingOccurrences(
                        of: "data-generation=\"\(goodGeneration)\"", with: "data-generation=\"\(failed.generation)\""))

            try edit(site, Self.procedure) {
                $0.replacingOccurrences(of: "online: fully", with: "online: full") + "\nĐã sửa lỗi 5820.\n"
            }
            try await eventually("the fix showing", serve) { try state(port).ok }
            let fixed = try state(port)
            #expect(fixed.errors.isEmpty && fixed.generation > failed.generation)
            #expect(try RawHTTP.get(Self.procedurePage, port: port).text.contains("Đã sửa lỗi 5820."))
        }
    }

    @Test("a first build that fails still serves: a placeholder that shows the errors, then the site once fixed")
    func failedFirstBuild() async throws {
        let site = try SiteFixture(Fixtures.smallSite.replacingOccurrences(of: "status: answered", with: "status: done"))
        defer { site.delete() }
        try await withServe(site) { port, serve in
            let failed = try state(port)
            #expect(!failed.ok)
            #expect(failed.errors.map(\.path) == ["content/feedback/PAKN-2025-0001.md"])
            let placeholder = try RawHTTP.get("/", port: port)
            #expect(placeholder.status == 503)
            #expect(placeholder.text.contains(Self.scriptTag))

            try edit(site, "content/feedback/PAKN-2025-0001.md") { $0.replacingOccurrences(of: "status: done", with: "status: answered") }
            try await eventually("the fix showing", serve) { try state(port).ok }
            #expect(try RawHTTP.get("/", port: port).status == 200)
        }
    }

    @Test("build-site serve prints its address, serves, and stops cleanly on a signal, freeing the port", arguments: [SIGTERM, SIGINT])
    func stopsOnSignal(_ signal: Int32) async throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let serve = try ServeProcess(root: site.root)
        defer { serve.end() }
        let port = try #require(try await serve.port(within: 120), "no 'serving' line: \(serve.output) \(serve.errors)")
        #expect(serve.output.contains("built 17 pages into \(site.root.path)/.cache/build-site/preview"))

        let home = try RawHTTP.get("/", port: port)
        #expect(home.status == 200 && home.text.contains(Self.scriptTag))

        serve.send(signal)
        let status = serve.exitStatus(within: 20)
        #expect(status == 0, "exit status \(String(describing: status)); errors: \(serve.errors)")
        #expect(serve.output.hasSuffix("stopped\n"))
        #expect(!RawHTTP.isListening(port: port), "the port is still taken")
        #expect(!site.outputExists("index.html"), "serve never writes public/")
    }

    @Test("a path is decoded once and refused when any segment could leave the folder")
    func pathSegments() {
        #expect(PreviewFileResolver.segments(of: "/thu-tuc/2.000693/") == ["thu-tuc", "2.000693"])
        #expect(PreviewFileResolver.segments(of: "/tim-kiem/ch%E1%BB%89-m%E1%BB%A5c.json") == ["tim-kiem", "chỉ-mục.json"])
        #expect(PreviewFileResolver.segments(of: "/%252e%252e/x") == ["%2e%2e", "x"])
        for refused in ["/../x", "/a/../../x", "/%2e%2e/x", "/.%2E/x", "/a%2fb", "/a%5Cb", "/a\\b", "/a%00b", "/./x", "x", "/%zz"] {
            #expect(PreviewFileResolver.segments(of: refused) == nil, "\(refused)")
        }
    }
}
