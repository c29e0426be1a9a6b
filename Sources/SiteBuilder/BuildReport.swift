/// What a successful build did, for the summary editors read.
public struct BuildReport: Sendable {
    /// Warnings only: a build with errors throws instead.
    public let diagnostics: [Diagnostic]
    public let pageCount: Int
    public let fileCount: Int
    public let procedureCount: Int
}
