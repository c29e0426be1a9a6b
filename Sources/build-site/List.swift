import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site list <kind>`: the values the content already uses, to copy rather than retype.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the values already in use, with how many procedures use each: fields, agencies, subjects or decisions.",
        discussion: """
            One value per line, then a tab and its count: the most used first, then in alphabetical
            order. Decisions: number, issued date and the number of procedures each lists, newest first.
            Files with errors are left out and counted at the end. Nothing is built.
            """)

    @Argument(help: "fields, agencies, subjects or decisions")
    var kind: Kind

    @Option(name: .long, help: "The site folder holding content/ and templates/.")
    var root: String = "."

    @OptionGroup var languageOption: LanguageOption

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case fields, agencies, subjects, decisions
        var inventoryKind: SiteInventory.Kind { SiteInventory.Kind(rawValue: rawValue)! }

        /// The first line: what each column holds.
        var heading: Message {
            switch self {
            case .fields: .listHeadingFields
            case .agencies: .listHeadingAgencies
            case .subjects: .listHeadingSubjects
            case .decisions: .listHeadingDecisions
            }
        }
    }

    func run() throws {
        let language = languageOption.language
        try SiteFolder.require(root, language: language)
        let inventory = SiteInventory(root: URL(fileURLWithPath: root))
        var lines = [LocalizedMessage(kind.heading).text(in: language)]
        lines += inventory.rows(kind.inventoryKind).map { $0.joined(separator: "\t") }
        print(lines.joined(separator: "\n"))
        if !inventory.filesWithErrors.isEmpty {
            let note = LocalizedMessage(
                .listLeftOut,
                [
                    "files": .count(inventory.filesWithErrors.count, .file), "check": .text(ShownCommand.line("check", root: root)),
                ])
            FileHandle.standardError.write(Data((note.text(in: language) + "\n").utf8))
        }
    }
}
