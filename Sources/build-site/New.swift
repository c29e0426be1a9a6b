import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site new <kind> <name>`: starts a content file with every required key.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new content file: procedure <code>, decision <number>, feedback <id>, page <slug>, "
            + "service-index <period>, report <period>, target <id>, document <number> or news <slug>.",
        discussion: """
            The file has every required key, left empty, with a comment saying what to write, and the
            standard headings of its kind. It is never written over an existing file.
            A decision's file is named with the year of its issued date (--issued, default today).
            Examples: build-site new procedure 2.000693 · build-site new decision 271/QĐ-BHXH --issued 2026-03-05 ·
            build-site new service-index 2025 · build-site new report 2026-Q1 · build-site new target hai-long
            """)

    @Argument(help: "procedure, decision, feedback, page, service-index, report, target, document or news")
    var kind: Kind

    @Argument(
        help:
            "The procedure code, the decision number, the feedback id, the page slug, the period, the target id, the document number or the news slug."
    )
    var name: String

    @Option(name: .long, help: "The site folder holding content/ and templates/.")
    var root: String = "."

    @OptionGroup var languageOption: LanguageOption

    @Option(name: .long, help: "For a decision: the day it was issued, as YYYY-MM-DD (default: today). Its year names the file.")
    var issued: String?

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case procedure, decision, feedback, page
        case serviceIndex = "service-index"
        case target, report, document, news
        var scaffoldKind: ScaffoldKind { ScaffoldKind(rawValue: rawValue)! }
    }

    func run() throws {
        let language = languageOption.language
        if issued != nil && kind != .decision { throw ValidationError(LocalizedMessage(.issuedOnlyForDecision).text(in: language)) }
        switch Scaffold.make(kind.scaffoldKind, name, issued: issued) {
        case .failure(let refusal):
            // A name that cannot be a file is a misuse of the command: status 2.
            FileHandle.standardError.write(
                Data("\(Diagnostic.Severity.error.word(in: language)): \(refusal.message.text(in: language))\n".utf8))
            throw ExitCode(2)
        case .success(let scaffold):
            // Never outside a site: a file written there would never be built.
            try SiteFolder.require(root, language: language)
            do {
                _ = try scaffold.write(into: URL(fileURLWithPath: root))
            } catch let refusal as Scaffold.Refusal {
                let severity = Diagnostic.Severity.error.word(in: language)
                FileHandle.standardError.write(Data("\(severity): \(refusal.message.text(in: language))\n".utf8))
                throw ExitCode.failure
            }
            let path = root == "." ? scaffold.path : URL(fileURLWithPath: root).appendingPathComponent(scaffold.path).relativePath
            let created = LocalizedMessage(.scaffoldCreated, ["path": .text(path), "command": .text(ShownCommand.line("", root: root))])
            print(created.text(in: language))
        }
    }
}
