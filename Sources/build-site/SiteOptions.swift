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

    @OptionGroup var languageOption: LanguageOption
    var language: Language { languageOption.language }

    @Option(name: .long, help: "How to print problems: text for people, json for tools.")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors: publish nothing while any remains.")
    var warningsAsErrors = false

    /// How much a run prints besides the problems.
    enum Verbosity { case quiet, normal, verbose }

    @Flag(name: .shortAndLong, help: "Print only the problems.")
    var quiet = false

    @Flag(
        name: .shortAndLong,
        help: "Also print why the build redid what it did, the heaviest pages, the time of each stage and the peak memory.")
    var verbose = false

    var verbosity: Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }

    @Flag(name: .long, help: "Work on one thread (the output is the same; for comparison and debugging).")
    var sequential = false

    @Flag(name: .long, help: "When another build-site is building into the same folder, stop at once (exit 1) instead of waiting for it.")
    var noWait = false

    func validate() throws {
        if quiet && verbose { throw ValidationError(LocalizedMessage(.quietAndVerbose).text(in: language)) }
    }

    func configuration(output: String? = nil, incremental: Bool = true, progress: BuildProgress.Observer? = nil) -> BuildConfiguration {
        var configuration = BuildConfiguration(
            root: URL(fileURLWithPath: root), output: output.map { URL(fileURLWithPath: $0) },
            warningsAsErrors: warningsAsErrors, parallel: !sequential, incremental: incremental, progress: progress)
        configuration.waitsForOtherBuilds = !noWait
        configuration.onWaiting = Self.sayWaiting(in: language)
        return configuration
    }

    /// Says on standard error, at once, whom the build waits for: an editor who sees nothing
    /// happen should know why.
    static func sayWaiting(in language: Language) -> @Sendable (LocalizedMessage) -> Void {
        { message in FileHandle.standardError.write(Data("build-site: \(message.text(in: language))\n".utf8)) }
    }

    /// A progress line on the terminal; none for pipes, files, JSON or --quiet.
    func printer() -> DiagnosticPrinter {
        DiagnosticPrinter(format: format, language: language, verbosity: verbosity)
    }

    func progressLine() -> ProgressLine? {
        format == .text && verbosity != .quiet && isatty(STDERR_FILENO) == 1 ? ProgressLine(language: language) : nil
    }
}
