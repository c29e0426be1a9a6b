/// What a successful build or check found, for the summary editors read.
public struct BuildReport: Sendable {
    /// Warnings only: a build with errors throws instead.
    public let diagnostics: [Diagnostic]
    public let pageCount: Int
    public let fileCount: Int
    public let procedureCount: Int
    /// Procedures whose body has every part Decree 63/2010 Art. 8 requires.
    public let completeProcedureCount: Int
    /// The heaviest pages by HTML bytes, heaviest first: what a citizen on a slow network
    /// downloads (the stylesheet, the same for every page, comes on top).
    public let heaviestPages: [PageWeight]

    /// Seconds spent in each stage, in pipeline order.
    public internal(set) var stageTimes: [StageTime]

    public struct StageTime: Sendable, Hashable {
        public let stage: String
        public let seconds: Double
    }

    public struct PageWeight: Sendable, Hashable {
        public let address: String
        public let bytes: Int
    }
}
