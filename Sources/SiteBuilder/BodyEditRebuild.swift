import Foundation

/// A rebuild after edits to the bodies of procedures alone — by far the most common edit.
///
/// Their front matter is byte for byte what the last build read, and no other input changed,
/// so every listing, index, dataset and other page is exactly what the last build wrote:
/// only the edited procedures' pages are rendered again, with the decisions, settings and
/// related procedures those pages show, and replaced in place, each in one atomic step.
/// Anything else falls back to a full build.
struct BodyEditRebuild {
    enum Outcome {
        case rebuilt(BuildReport)
        case notApplicable(reason: String)
    }

    let configuration: BuildConfiguration
    let cache: BuildCache
    let inputs: [String: FileStatus]

    private static let procedureFolder = "content/procedures/"

    func run(publisher: SitePublisher, timer: inout StageTimer) throws(BuildFailure) -> Outcome {
        guard Set(inputs.keys) == Set(cache.inputs.keys) else { return .notApplicable(reason: "files were added or removed") }
        let edited = inputs.filter { cache.inputs[$0.key] != $0.value }.keys.sorted()
        if let other = edited.first(where: { cache.procedures[$0] == nil }) {
            return .notApplicable(reason: "\(other) changed")
        }
        let editedCodes = Set(edited.map { String($0.dropFirst(Self.procedureFolder.count).dropLast(".md".count)) })
        let relatedCodes = Set(edited.flatMap { cache.procedures[$0]?.related ?? [] })
            .filter { cache.procedures[Self.procedureFolder + $0 + ".md"] != nil }

        // 2–3. Load and decode what the edited pages show: the settings, decisions and pages,
        // the edited procedures and those they name.
        let fileSystem = configuration.fileSystem
        let root = configuration.root
        let wanted = Set(editedCodes.union(relatedCodes).map { $0 + ".md" })
        let loader = ContentLoader(root: root, fileSystem: fileSystem, onlyProcedures: wanted, withFeedback: false)
        let (sources, loadProblems) = loader.load()
        let (templates, templateProblems) = TemplateLibrary.load(from: root.appendingPathComponent("templates"), fileSystem: fileSystem)
        let (decoded, decodeProblems) = ContentDecoder().decode(sources)
        guard loadProblems.isEmpty, templateProblems.isEmpty, decodeProblems.isEmpty, let decoded, let templates else {
            return .notApplicable(reason: "a file could not be read again")
        }
        let editedDocuments = decoded.procedures.filter { edited.contains($0.source.path) }
        for document in editedDocuments
        where document.frontMatterHash != cache.procedures[document.source.path]?.frontMatterHash {
            return .notApplicable(reason: "the front matter of \(document.source.path) changed")
        }
        guard editedDocuments.count == edited.count else { return .notApplicable(reason: "a procedure file could not be read again") }
        timer.finish("load")

        // 5. Render the edited bodies; their completeness must be what it was.
        let (bodies, markdownProblems) = BodyRenderer(timeLimit: configuration.renderTimeLimit).render(procedures: editedDocuments)
        let completeness = CompletenessChecker().check(editedDocuments, bodies: bodies)
        if let changed = editedDocuments.first(where: {
            completeness.complete.contains($0.source.path) != cache.procedures[$0.source.path]?.complete
        }) {
            return .notApplicable(reason: "\(changed.source.path) gained or lost a required section")
        }
        // An edited file's warnings about its front matter stand, for it and every other input
        // are as they were (a field spelled another way than most files write it); those
        // about its body are found again.
        let bodyStarts = Dictionary(editedDocuments.map { ($0.source.path, $0.bodyFirstLine) }, uniquingKeysWith: { first, _ in first })
        let standing = cache.warnings.filter { warning in
            bodyStarts[warning.location.path].map { warning.location.line < $0 } ?? true
        }
        let diagnostics = (standing + markdownProblems + completeness.diagnostics).sorted()
        try configuration.refuseProblems(diagnostics)
        timer.finish("markdown")

        // 6–7. Render the edited pages; every other file is what the last build published.
        var site = SiteAssembler().assemble(decoded, bodies: bodies, fields: FieldSpellings(shownAs: cache.fieldSpellings))
        site.dataDate = cache.dataDate  // feedback results, unchanged, were not read
        let pageSources = PageBuilder(site: site, datasets: []).procedurePages(editedCodes)
        let pages = Collector<(path: String, data: Data)>()
        _ = try PageRenderer(templates: templates, progress: configuration.progress).render(pageSources) { path, data throws(BuildFailure) in
            pages.append((path, data))
        }
        timer.finish("render")
        let outcome = try publisher.replaceInPlace(pages.values.sorted { $0.path < $1.path })
        timer.finish("publish")

        var updated = cache
        (updated.inputs, updated.published, updated.spare, updated.warnings) = (inputs, outcome.published, outcome.spare, diagnostics)
        updated.save(to: configuration.cacheFile, fileSystem: fileSystem)
        var report = BuildReport(
            diagnostics: diagnostics, pageCount: cache.pageCount, fileCount: outcome.published.records.count,
            procedureCount: cache.procedureCount, completeProcedureCount: cache.completeProcedureCount,
            heaviestPages: BuildReport.heaviestPages(in: outcome.published))
        report.mode = .bodiesEdited(edited)
        report.record(outcome)
        timer.finish("cache")
        report.stageTimes = timer.stages
        return .rebuilt(report)
    }
}
