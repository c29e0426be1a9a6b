import SiteBuilder

/// The `--format json` document: what a tool needs to show problems in an editor.
struct JSONReport: Encodable {
    struct Entry: Encodable {
        let path: String
        let line: Int
        let column: Int
        let severity: String
        let message: String

        init(_ diagnostic: Diagnostic) {
            path = diagnostic.location.path
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
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
