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

        /// The problem as the overlay shows it, in the preview's language.
        public init(_ diagnostic: Diagnostic, language: Language) {
            path = diagnostic.location.path
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.word(in: language)
            message = diagnostic.message(in: language)
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
    /// The overlay's heading and closing hint, in the preview's language.
    public let heading: String
    public let hint: String

    public init(generation: Int, ok: Bool, errors: [Problem], language: Language) {
        self.generation = generation
        self.ok = ok
        self.errors = errors
        heading = LocalizedMessage(.previewOverlayHeading).text(in: language)
        hint = LocalizedMessage(.previewOverlayHint).text(in: language)
    }
}
