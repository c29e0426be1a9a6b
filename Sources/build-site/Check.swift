import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site check`: every check a build makes, nothing written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and templates; write nothing.")

    @OptionGroup var options: SiteOptions

    @Flag(name: .long, help: "Also list the legal basis numbers that three or more procedures cite without a file in content/documents/.")
    var suggest = false

    func run() throws {
        try SiteFolder.require(options.root, format: options.format, language: options.language)
        let progress = options.progressLine()
        let printer = options.printer()
        do {
            let report = try SiteBuilder(configuration: options.configuration(progress: progress?.observer)).check()
            progress?.clear()
            printer.succeeded(report, published: nil)
            if suggest { printSuggestions() }
        } catch {
            progress?.clear()
            printer.failed(error, unchanged: nil)
            if suggest { printSuggestions() }
            throw ExitCode.failure
        }
    }

    /// The editor's to-do list of documents, on standard output after the check's summary.
    private func printSuggestions() {
        let suggestions = DocumentSuggestions.list(root: URL(fileURLWithPath: options.root))
        print(DocumentSuggestions.lines(suggestions, in: options.language).joined(separator: "\n"))
    }
}
