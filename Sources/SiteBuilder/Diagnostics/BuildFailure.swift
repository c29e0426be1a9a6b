/// Thrown when the site cannot be published; `public/` is then left as it was.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Every problem found, sorted by file, line and column; at least one is an error.
    public let diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
