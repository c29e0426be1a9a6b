import Foundation
import SiteBuilder

/// Prints a run's problems and its summary: as `path:line:column: severity: message` lines
/// for people (coloured only on a terminal), or as one JSON document for tools.
struct DiagnosticPrinter {
    let format: SiteOptions.Format
    let language: Language
    var verbosity: SiteOptions.Verbosity = .normal
    /// Colour codes only when a person is watching; never in files, pipes or CI logs.
    let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// The problems, then a short summary — pages, changes, warnings, time — unless quiet;
    /// verbose adds why the build redid what it did, the heaviest pages, each stage's time and
    /// the peak memory.
    func succeeded(_ report: BuildReport, published: String?) {
        let total = report.stageTimes.reduce(0) { $0 + $1.seconds }
        var arguments: [String: MessageArgument] = [
            "pages": .count(report.pageCount, .page), "complete": .number(report.completeProcedureCount),
            "procedures": .count(report.procedureCount, .procedure), "warnings": .count(report.diagnostics.count, .warning),
            "seconds": .text(MessageArgument.format(total, decimals: 2, in: language)),
        ]
        arguments["folder"] = published.map { .text($0) }
        let summary = LocalizedMessage(published == nil ? .summaryChecked : .summaryBuilt, arguments)
        guard format == .json || verbosity != .quiet else {
            for diagnostic in report.diagnostics { printError(line(for: diagnostic)) }
            return
        }
        emit(report.diagnostics, summary: summary, ok: true, report: report)
        guard format == .text else { return }
        if published != nil {
            let pages = LocalizedMessage(
                .summaryPages,
                [
                    "changed": .number(report.pagesChanged), "unchanged": .number(report.pagesUnchanged),
                    "files": .count(report.filesWritten, .file),
                ])
            print(pages.text(in: language))
        }
        guard verbosity == .verbose else { return }
        if published != nil { print(report.mode.message.text(in: language)) }
        if !report.heaviestPages.isEmpty {
            let pages = report.heaviestPages.map { "\($0.address) \(kilobytes($0.bytes))" }.joined(separator: ", ")
            print(LocalizedMessage(.verboseHeaviestPages, ["pages": .text(pages)]).text(in: language))
        }
        let stages = report.stageTimes.map { "\(StageName.text($0.stage, in: language)) \(StageName.seconds($0.seconds, in: language))" }
        print(
            LocalizedMessage(
                .verboseStageTimes,
                [
                    "stages": .text(stages.joined(separator: ", ")), "total": .text(StageName.seconds(total, in: language)),
                    "memory": .text(peakMemory()),
                ]
            ).text(in: language))
        for part in report.stageParts where total > 0 {
            print(
                LocalizedMessage(
                    .verboseStagePart,
                    [
                        "part": .text(StageName.text(part.stage, in: language)),
                        "seconds": .text(StageName.seconds(part.seconds, in: language)),
                        "share": .decimal((1000 * part.seconds / total).rounded() / 10),
                    ]
                ).text(in: language))
        }
        let memory = report.stageTimes.map { "\(StageName.text($0.stage, in: language)) \($0.peakMemory / 1_048_576)" }
        print(LocalizedMessage(.verboseStageMemory, ["stages": .text(memory.joined(separator: ", "))]).text(in: language))
    }

    /// The most memory the process has held (max RSS), as the kernel counted it.
    private func peakMemory() -> String {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return String(format: "%.0f MB", Double(usage.ru_maxrss) / 1024)
    }

    private func kilobytes(_ bytes: Int) -> String {
        MessageArgument.format(Double(bytes) / 1024, decimals: 1, in: language) + " KB"
    }

    func failed(_ failure: BuildFailure, unchanged output: String?) {
        let errors = failure.errors.count
        var arguments: [String: MessageArgument] = [
            "errors": .count(errors, .error), "warnings": .count(failure.diagnostics.count - errors, .warning),
        ]
        arguments["folder"] = output.map { .text($0) }
        let summary = LocalizedMessage(output == nil ? .summaryFailed : .summaryFailedUnchanged, arguments)
        emit(failure.diagnostics, summary: summary, ok: false, report: nil)
    }

    private func emit(_ diagnostics: [Diagnostic], summary: LocalizedMessage, ok: Bool, report: BuildReport?) {
        switch format {
        case .text:
            for diagnostic in diagnostics { printError(line(for: diagnostic)) }
            if ok { print(summary.text(in: language)) } else { printError(summary.text(in: language)) }
        case .json:
            let document = JSONReport(
                ok: ok, summary: JSONReport.Text(summary, language: language),
                errors: diagnostics.filter { $0.severity == .error }.count,
                warnings: diagnostics.filter { $0.severity == .warning }.count,
                pages: report?.pageCount, procedures: report?.procedureCount,
                completeProcedures: report?.completeProcedureCount,
                diagnostics: diagnostics.map { JSONReport.Entry($0, language: language) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// The diagnostic's line, then the line of the file it is on with a caret under the column.
    private func line(for diagnostic: Diagnostic) -> String {
        guard let excerpt = diagnostic.excerpt else { return headline(for: diagnostic) }
        // Tabs are kept under tabs, so that the caret stands under the column on any terminal.
        let padding = excerpt.unicodeScalars.prefix(max(0, diagnostic.location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return headline(for: diagnostic) + "\n    " + excerpt + "\n    " + padding + "^"
    }

    private func headline(for diagnostic: Diagnostic) -> String {
        guard colour else { return diagnostic.line(in: language) }
        let location = diagnostic.location
        let tint = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        let severity = diagnostic.severity.word(in: language)
        return
            "\u{1B}[1m\(location.path):\(location.line):\(location.column):\u{1B}[0m \(tint)\(severity):\u{1B}[0m \(diagnostic.message(in: language))"
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
