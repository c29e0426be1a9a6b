import ArgumentParser
import Foundation
import SiteBuilder

/// Options that `build` and `check` share.
struct SiteOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "The site folder holding content/ and templates/.")
    var root: String = "."

    @Option(name: .long, help: "How to print problems: text for people, json for tools.")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors: publish nothing while any remains.")
    var warningsAsErrors = false

    @Flag(name: .long, help: "Work on one thread (the output is the same; for comparison and debugging).")
    var sequential = false

    func configuration(output: String? = nil, incremental: Bool = true) -> BuildConfiguration {
        BuildConfiguration(
            root: URL(fileURLWithPath: root), output: output.map { URL(fileURLWithPath: $0) },
            warningsAsErrors: warningsAsErrors, parallel: !sequential, incremental: incremental)
    }
}
