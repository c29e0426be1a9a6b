import SiteBuilder

/// The `--format json` document: what a tool needs to show problems in an editor. Each message
/// carries its stable id and its text in both languages, with `message` in the language asked for.
struct JSONReport: Encodable {
    /// A message as `message` (in the language asked for), `id` and `text` (`vi` and `en`).
    struct Text: Encodable {
        let id: String
        let message: String
        let text: [String: String]

        init(_ message: LocalizedMessage, language: Language) {
            id = message.id
            self.message = message.text(in: language)
            text = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, message.text(in: $0)) })
        }
    }

    struct Entry: Encodable {
        let path: String
        let line: Int
        let column: Int
        let severity: String
        let id: String
        let message: String
        let text: [String: String]
        /// The line as written, when the problem is on one.
        let excerpt: String?
        let fix: FixEntry?

        init(_ diagnostic: Diagnostic, language: Language) {
            path = diagnostic.location.path
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            let message = Text(diagnostic.problem.localized, language: language)
            id = message.id
            self.message = message.message
            text = message.text
            excerpt = diagnostic.excerpt
            fix = diagnostic.fix.map(FixEntry.init)
        }
    }

    /// A suggested fix: replace `length` characters (Unicode scalars) of `line` from
    /// `column` with `replacement`.
    struct FixEntry: Encodable {
        let line: Int
        let column: Int
        let length: Int
        let replacement: String

        init(_ fix: Fix) {
            line = fix.line
            column = fix.column
            length = fix.length
            replacement = fix.replacement
        }
    }

    let ok: Bool
    let summary: Text
    let errors: Int
    let warnings: Int
    let pages: Int?
    let procedures: Int?
    let completeProcedures: Int?
    let diagnostics: [Entry]
}
