import SiteBuilder

/// The `--format json` document: what a tool needs to show problems in an editor.
struct JSONReport: Encodable {
    struct Entry: Encodable {
        let path: String
        let line: Int
        let column: Int
        let severity: String
        let message: String
        /// The line as written, when the problem is on one.
        let excerpt: String?
        let fix: FixEntry?

        init(_ diagnostic: Diagnostic) {
            path = diagnostic.location.path
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
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
    let summary: String
    let errors: Int
    let warnings: Int
    let pages: Int?
    let procedures: Int?
    let completeProcedures: Int?
    let diagnostics: [Entry]
}
