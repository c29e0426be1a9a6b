/// What the preview's pages poll to know when to reload and what to show: the generation of
/// the site on disk, and the problems of the last build when it failed.
public struct PreviewState: Sendable, Hashable, Codable {
    /// One problem, as the overlay in the browser lists it.
    public struct Problem: Sendable, Hashable, Codable {
        public let path: String
        public let line: Int
        public let column: Int
        public let severity: String
        public let message: String

        public init(_ diagnostic: Diagnostic) {
            path = diagnostic.location.path
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
        }
    }

    /// Goes up whenever what a browser should show changes; a page loaded at an older
    /// generation reloads once the build is ok.
    public let generation: Int
    /// Whether the last build succeeded, so the preview folder holds the current content.
    public let ok: Bool
    /// Every problem of the last build when it failed (the errors and the warnings beside
    /// them); empty when it succeeded.
    public let errors: [Problem]

    public init(generation: Int, ok: Bool, errors: [Problem]) {
        self.generation = generation
        self.ok = ok
        self.errors = errors
    }
}
