import Foundation

/// Stage 7 over the whole site: makes the open data, the search index and the feeds, renders
/// every page, in a fixed order, and hands each file on.
///
/// The files that need no page come first. The datasets go a chunk of records at a time,
/// keeping only the sizes the open data page shows.
///
/// Procedure pages go a batch at a time: their files are read again, their bodies rendered
/// and checked for the required sections, and their pages rendered and handed on, so a site
/// of fifty thousand procedures holds one batch of bodies at a time, never all of them.
struct SiteRenderer {
    let prepared: PreparedSite
    let configuration: BuildConfiguration
    /// The codes of the only procedures whose pages a body edit renders again: every other
    /// file is what the last build published.
    var onlyProcedures: Set<String>? = nil

    struct Result {
        let pages: [PageRenderer.Rendered]
        /// What the procedures' bodies brought: Markdown warnings and errors, missing sections.
        let diagnostics: [Diagnostic]
        /// Source paths of the procedures with every required section.
        let complete: Set<String>
        /// Time spent on the procedures' stage 5 (`checkBodies`), which the build report
        /// shows as a part of this stage.
        let procedureMarkdown: Duration
    }

    /// One batch of procedures' bodies, a batch at a time so that a large site never holds
    /// them all: stage 5 (markdown) for the procedures — their files read again, their bodies
    /// rendered — and the check for the sections Decree 63/2010 requires.
    private func checkBodies(
        _ batch: ArraySlice<AssembledSite.ProcedureEntry>, reader: ProcedureBodyReader, renderer: BodyRenderer
    ) -> (bodies: [String: RenderedMarkdown], diagnostics: [Diagnostic], complete: Set<String>) {
        let (documents, readProblems) = reader.reload(batch.map(\.document))
        let (bodies, markdownProblems) = renderer.render(procedures: documents)
        let completeness = CompletenessChecker().check(documents, bodies: bodies)
        return (bodies, readProblems + markdownProblems + completeness.diagnostics, completeness.complete)
    }

    func render(into sink: any OutputSink) throws(BuildFailure) -> Result {
        let deliver = sink.add
        let everything = onlyProcedures == nil
        let datasets = everything ? try Self.writeFilesWithoutPages(of: prepared.site, schemas: prepared.schemas, to: sink) : []
        let builder = PageBuilder(site: prepared.site, assets: prepared.assets, datasets: datasets)
        let pages = PageRenderer(templates: prepared.templates)
        let reader = ProcedureBodyReader(loader: ContentLoader(root: configuration.root, fileSystem: configuration.fileSystem))
        let bodyRenderer = BodyRenderer(timeLimit: configuration.renderTimeLimit)

        var rendered = everything ? try pages.render(builder.listingPages() + builder.openDataPages(), deliver: deliver) : []
        var diagnostics: [Diagnostic] = []
        var complete: Set<String> = []
        var procedureMarkdown = Duration.zero
        let procedures =
            onlyProcedures.map { codes in prepared.site.procedures.filter { codes.contains($0.procedure.code) } }
            ?? prepared.site.procedures
        for start in stride(from: 0, to: procedures.count, by: PageRenderer.batchSize) {
            let batch = procedures[start..<min(start + PageRenderer.batchSize, procedures.count)]
            var checked: (bodies: [String: RenderedMarkdown], diagnostics: [Diagnostic], complete: Set<String>) = ([:], [], [])
            procedureMarkdown += ContinuousClock().measure { checked = checkBodies(batch, reader: reader, renderer: bodyRenderer) }
            let bodies = checked.bodies
            diagnostics += checked.diagnostics
            complete.formUnion(checked.complete)
            // A render that ran out of time still holds the parser: nothing more can render.
            if checked.diagnostics.contains(where: { if case .renderTimedOut = $0.problem { true } else { false } }) { break }
            // Once there is an error nothing will be published: the batches after it are only
            // checked, so that every problem is reported in one run.
            if diagnostics.contains(where: { $0.severity == .error }) { continue }
            let entries = batch.map { entry in
                var entry = entry
                entry.body = bodies[entry.document.source.path] ?? .empty
                return entry
            }
            rendered += try pages.render(entries.map(builder.procedurePage), deliver: deliver)
            configuration.progress?(BuildProgress(stage: "render", done: start + batch.count, total: procedures.count))
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw BuildFailure(diagnostics: (prepared.diagnostics + diagnostics).sorted())
        }
        if everything { rendered += try pages.render(builder.laterPages(), deliver: deliver) }
        return Result(pages: rendered, diagnostics: diagnostics, complete: complete, procedureMarkdown: procedureMarkdown)
    }

    /// Writes the open data, the search index and the feeds; returns the datasets' summaries.
    private static func writeFilesWithoutPages(
        of site: AssembledSite, schemas: OpenDataSchemas, to sink: any OutputSink
    ) throws(BuildFailure) -> [Dataset] {
        let openData = OpenDataBuilder(site: site, schemas: schemas)
        let datasets = try openData.writeDatasets(to: sink)
        try sink.addStreamed(SiteAddress.outputPath(for: SearchIndex.address)) { write throws(BuildFailure) in
            try SearchIndex.write(for: site, to: write)
        }
        for feed in openData.feeds() { try sink.add(feed.path, feed.data) }
        return datasets
    }
}
