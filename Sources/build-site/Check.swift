import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site check`: every check a build makes, nothing written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and templates; write nothing.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        let printer = DiagnosticPrinter(format: options.format)
        do {
            let report = try SiteBuilder(configuration: options.configuration()).check()
            printer.succeeded(report, published: nil)
        } catch {
            printer.failed(error, unchanged: nil)
            throw ExitCode.failure
        }
    }
}
