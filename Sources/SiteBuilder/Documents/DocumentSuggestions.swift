import Foundation

/// The editor's to-do list of `build-site check --suggest`: legal basis numbers that several
/// procedures cite but that no file of `content/documents/` has, most cited first.
public enum DocumentSuggestions {
    /// A procedure count from which a number is worth a document of its own.
    public static let minimum = 3

    public struct Suggestion: Sendable, Equatable {
        public let number: String
        /// The title the first citing procedure gives it.
        public let title: String
        public let procedureCount: Int
    }

    /// Reads and decodes the site's procedures and documents; files that do not decode are left out.
    public static func list(root: URL, fileSystem: any FileSystem = LocalFileSystem()) -> [Suggestion] {
        let (sources, _) = ContentLoader(root: root, fileSystem: fileSystem, withFeedback: false).load()
        let (content, _) = ContentDecoder().decode(sources)
        guard let content else { return [] }
        return list(content)
    }

    static func list(_ content: SiteContent) -> [Suggestion] {
        let known = Set(content.documents.map(\.metadata.number))
        var citing: [String: (title: String, codes: Set<String>)] = [:]
        for document in content.procedures {
            for basis in document.metadata.legalBasis {
                let number = RegulatoryDocument.matchKey(basis.number)
                guard !known.contains(number) else { continue }
                citing[number, default: (basis.title, [])].codes.insert(document.metadata.code)
            }
        }
        return citing.filter { $0.value.codes.count >= minimum }
            .map { Suggestion(number: $0.key, title: $0.value.title, procedureCount: $0.value.codes.count) }
            .sorted { ($1.procedureCount, $0.number) < ($0.procedureCount, $1.number) }
    }

    /// What `check --suggest` prints: a heading, then one line per number, or one line saying
    /// there is nothing to do.
    public static func lines(_ suggestions: [Suggestion], in language: Language) -> [String] {
        let arguments: [String: MessageArgument] = ["minimum": .number(minimum)]
        guard !suggestions.isEmpty else { return [LocalizedMessage(.suggestDocumentsNone, arguments).text(in: language)] }
        return [LocalizedMessage(.suggestDocumentsHeading, arguments).text(in: language)]
            + suggestions.map { "  \($0.number)\t\($0.procedureCount)\t\($0.title)" }
    }
}
