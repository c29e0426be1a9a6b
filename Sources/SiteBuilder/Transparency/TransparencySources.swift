/// The transparency data files of `content/`, read as the other content files are.
struct TransparencySources: Sendable {
    static let assessmentFolder = "service-index"
    static let reportFolder = "reports"
    static let targetsFile = "targets.yml"

    var assessments: [SourceFile] = []
    var targets: SourceFile?
    var reports: [SourceFile] = []

    /// - Parameters:
    ///   - exists: whether a path relative to `content/` exists.
    ///   - names: the file names of a folder of `content/`.
    ///   - read: reads paths relative to `content/`, reporting those it cannot.
    static func load(exists: (String) -> Bool, names: (String) -> [String], read: ([String]) -> [SourceFile]) -> TransparencySources {
        func dataFiles(_ folder: String) -> [SourceFile] {
            guard exists(folder) else { return [] }
            return read(names(folder).filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 })
        }
        var sources = TransparencySources()
        sources.assessments = dataFiles(assessmentFolder)
        sources.reports = dataFiles(reportFolder)
        if exists(targetsFile) { sources.targets = read([targetsFile]).first }
        return sources
    }
}
