import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site`: builds the site folder into `public/`, printing every problem found.
@main
struct BuildSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-site",
        abstract: "Builds the public disclosure site of administrative procedures from content/ and templates/.",
        subcommands: [Build.self],
        defaultSubcommand: Build.self)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into public/ (the default action).")

    @Option(name: .long, help: "The site folder holding content/ and templates/.")
    var root: String = "."

    @Option(name: .long, help: "Where to publish the site (default: public/ inside the site folder).")
    var output: String?

    func run() throws {
        let rootURL = URL(fileURLWithPath: root)
        let configuration = BuildConfiguration(root: rootURL, output: output.map { URL(fileURLWithPath: $0) })
        let report: BuildReport
        do {
            report = try SiteBuilder(configuration: configuration).build()
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            let errors = error.errors.count
            let warnings = error.diagnostics.count - errors
            printError("\(errors) error(s), \(warnings) warning(s); nothing was published, \(configuration.output.lastPathComponent)/ is unchanged")
            throw ExitCode.failure
        }
        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        let warnings = report.diagnostics.isEmpty ? "" : ", \(report.diagnostics.count) warning(s)"
        print("built \(report.pageCount) pages (\(report.procedureCount) procedures) into \(configuration.output.path)\(warnings)")
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
