/// What a successful build or check found, for the summary editors read.
public struct BuildReport: Sendable {
    /// Warnings only: a build with errors throws instead.
    public let diagnostics: [Diagnostic]
    public let pageCount: Int
    public internal(set) var fileCount: Int
    public let procedureCount: Int
    /// Procedures whose body has every part Decree 63/2010 Art. 8 requires.
    public let completeProcedureCount: Int
    /// The heaviest pages by HTML bytes, heaviest first: what a citizen on a slow network
    /// downloads (the stylesheet, the same for every page, comes on top).
    public let heaviestPages: [PageWeight]

    /// Seconds spent in each stage, in pipeline order.
    public internal(set) var stageTimes: [StageTime] = []
    /// Parts of stages timed on their own, inside `stageTimes` (not added to the total):
    /// `personal data`, the guard's own time within `validate`.
    public internal(set) var stageParts: [StageTime] = []
    public internal(set) var mode: BuildMode = .full(reason: "check")
    /// Pages whose HTML differs from what was published before (new ones included).
    public internal(set) var pagesChanged = 0
    public var pagesUnchanged: Int { pageCount - pagesChanged }
    /// Files written to disk: a rebuild writes only what differs from the spare copy it reuses.
    public internal(set) var filesWritten = 0
    /// Files citizens now get differently than before the build: new, changed or removed.
    public internal(set) var filesChanged = 0

    public struct StageTime: Sendable, Hashable {
        public let stage: String
        public let seconds: Double
        /// The process's peak memory (max RSS) in bytes when the stage ended: where it grows.
        public let peakMemory: Int
    }

    public struct PageWeight: Sendable, Hashable {
        public let address: String
        public let bytes: Int
    }

    /// Takes in what publishing did.
    mutating func record(_ outcome: SitePublisher.Outcome) {
        fileCount = outcome.published.records.count
        filesWritten = outcome.writes
        filesChanged = outcome.changedPaths.count
        pagesChanged = outcome.changedPaths.filter { $0.hasSuffix(".html") && outcome.published.records[$0] != nil }.count
    }

    /// The three heaviest pages of a published site, from its manifest.
    static func heaviestPages(in manifest: OutputManifest) -> [PageWeight] {
        heaviest(
            manifest.records.filter { $0.key.hasSuffix(".html") }
                .map { PageWeight(address: SiteAddress.address(forOutputPath: $0.key), bytes: $0.value.status.size) })
    }

    static func heaviest(_ pages: [PageWeight]) -> [PageWeight] {
        Array(pages.sorted { ($0.bytes, $1.address) > ($1.bytes, $0.address) }.prefix(3))
    }
}
