/// What a successful build or check found, for the summary editors read.
public struct BuildReport: Sendable {
    /// Warnings only: a build with errors throws instead.
    public let diagnostics: [Diagnostic]
    public let pageCount: Int
    public let fileCount: Int
    public let procedureCount: Int
    /// Procedures whose body has every part Decree 63/2010 Art. 8 requires.
    public let completeProcedureCount: Int
}
