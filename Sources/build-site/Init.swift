import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site init <folder>`: a new site folder with starter content and the default theme,
/// so that an agency that downloaded the program starts without a clone of the repository.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new site folder: content/ (site settings and one example of each kind) and templates/.",
        discussion: """
            The folder must be missing or empty: init never writes over files. Then change content/site.yml,
            replace the examples, and preview with: build-site serve --root <folder>
            """)

    @Argument(help: "The new site folder.")
    var folder: String

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        do {
            try SiteStarter.create(at: URL(fileURLWithPath: folder))
        } catch {
            let severity = Diagnostic.Severity.error.word(in: language)
            FileHandle.standardError.write(Data("\(severity): \(error.message.text(in: language))\n".utf8))
            throw ExitCode(2)
        }
        let created = LocalizedMessage(
            .initCreated,
            [
                "path": .text(folder), "settings": .text(path("content/site.yml")), "content": .text(path("content/")),
                "command": .text(ShownCommand.line("serve", root: folder)),
            ])
        print(created.text(in: language))
    }

    /// `relative` inside the new folder, as the editor named the folder.
    private func path(_ relative: String) -> String {
        (folder as NSString).appendingPathComponent(relative) + (relative.hasSuffix("/") ? "/" : "")
    }
}
