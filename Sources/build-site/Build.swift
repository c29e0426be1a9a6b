import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site build`: every check, then publish.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into public/ (the default action).")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Where to publish the site (default: public/ inside the site folder).")
    var output: String?

    @Flag(name: .long, help: "Ignore and remove the build cache (.cache/build-site/): redo every stage for every file.")
    var noCache = false

    @Flag(
        name: .long,
        help:
            "Do not wait for the new site to reach the disk before publishing it (faster; a power cut may then leave a broken site). For throwaway builds."
    )
    var noSync = false

    @Flag(
        name: .long,
        help:
            "Do not write the .gz and .br copies of text files larger than 1 KB that nginx sends as they are (faster; for throwaway builds)."
    )
    var noPrecompress = false

    func run() throws {
        try SiteFolder.require(options.root, format: options.format, language: options.language)
        let progress = options.progressLine()
        var configuration = options.configuration(output: output, incremental: !noCache, progress: progress?.observer)
        configuration.syncsToDisk = !noSync
        configuration.precompresses = !noPrecompress
        let printer = options.printer()
        do {
            let report = try SiteBuilder(configuration: configuration).build()
            progress?.clear()
            printer.succeeded(report, published: configuration.output.path)
        } catch {
            progress?.clear()
            printer.failed(error, unchanged: configuration.output.lastPathComponent)
            throw ExitCode.failure
        }
    }
}
