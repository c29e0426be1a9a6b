import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site serve`: a preview for editors, rebuilt and reloaded on every save.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site while you write: build it, serve it on this computer, rebuild and reload on every change.",
        discussion: """
            The preview is built into .cache/build-site/preview, never into public/. Open pages reload
            by themselves after each change; when the content has errors, the last good page stays and
            the errors are shown over it. Stop with Ctrl-C.
            """)

    @Option(name: .long, help: "The site folder holding content/ and templates/.")
    var root: String = "."

    @Option(name: .long, help: "The port to listen on; 0 picks any free port.")
    var port: UInt16 = 1313

    @Option(
        name: .long,
        help:
            "The IP address to listen on. The default, 127.0.0.1, is reachable from this computer only; another address lets other machines read the preview."
    )
    var host: String = "127.0.0.1"

    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try SiteFolder.require(root, language: language)
        let signals = StopSignals()
        let printer = DiagnosticPrinter(format: .text, language: language)
        @Sendable func say(_ message: Message, _ arguments: [String: MessageArgument] = [:]) -> String {
            LocalizedMessage(message, arguments).text(in: language)
        }
        let site = URL(fileURLWithPath: root)
        let preview = PreviewSession.defaultOutput(root: site).path
        let server = PreviewServer(
            root: site, host: host, port: port, language: language, onWaiting: SiteOptions.sayWaiting(in: language)
        ) { changes, result in
            if !changes.isEmpty {
                let shown = MessageArgument.text(changes.prefix(3).joined(separator: ", "))
                print(
                    changes.count > 3
                        ? say(.previewChangedMore, ["files": shown, "more": .number(changes.count - 3)])
                        : say(.previewChanged, ["files": shown]))
            }
            switch result {
            case .success(let report):
                printer.succeeded(report, published: preview)
            case .failure(let failure):
                printer.failed(failure, unchanged: nil)
                printError(say(.previewKeepsLastGood))
            }
            flushOutput()
        }
        let url: URL
        do {
            url = try await server.start()
        } catch {
            printError(
                "\(Diagnostic.Severity.error.word(in: language)): \((error as? PreviewServer.Failure)?.message.text(in: language) ?? say(.previewNotStarted, ["reason": .text("\(error)")]))"
            )
            throw ExitCode(2)
        }
        if !Self.isLoopback(host) {
            printError("\(Diagnostic.Severity.warning.word(in: language)): \(say(.previewOpenToOthers, ["host": .text(host)]))")
        }
        print(say(.previewServing, ["url": .text(url.absoluteString)]))
        print(say(.previewWatching))
        flushOutput()
        _ = await signals.wait()
        print(say(.previewStopping))
        await server.stop()
        print(say(.previewStopped))
    }

    /// Flushes standard output at once, so that a tool reading it (a test, an editor's task
    /// runner) sees "serving …" when it is said, not when a pipe's buffer fills.
    private func flushOutput() {
        fflush(nil)
    }

    private static func isLoopback(_ host: String) -> Bool {
        host.hasPrefix("127.") || host == "::1" || host == "localhost"
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
