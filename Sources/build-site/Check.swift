import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site check`: every check a build makes, nothing written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and templates; write nothing.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        try SiteFolder.require(options.root, format: options.format, language: options.language)
        let progress = options.progressLine()
        let printer = options.printer()
        do {
            let report = try SiteBuilder(configuration: options.configuration(progress: progress?.observer)).check()
            progress?.clear()
            printer.succeeded(report, published: nil)
        } catch {
            progress?.clear()
            printer.failed(error, unchanged: nil)
            throw ExitCode.failure
        }
    }
}
