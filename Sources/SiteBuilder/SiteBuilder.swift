import Foundation

/// The whole build, as one fixed pipeline read top to bottom:
/// load → split and decode → validate → render Markdown → assemble → render templates → publish.
///
/// Stages up to validation collect every problem; any error stops the build before anything
/// is published, so the published site stays as it was. A build cache lets a rebuild skip
/// what has not changed (see `publish()`); its output is always what a full build writes.
public struct SiteBuilder: Sendable {
    public let configuration: BuildConfiguration

    public init(configuration: BuildConfiguration) {
        self.configuration = configuration
    }

    /// Runs every stage and publishes the site into the output folder, once no other build
    /// is using it.
    @discardableResult
    public func build() throws(BuildFailure) -> BuildReport {
        let lock = try takeLock(
            activity: LocalizedMessage(.activityBuilding, ["folder": .text(configuration.output.lastPathComponent)]))
        defer { lock.release() }
        return try withParallelism { () throws(BuildFailure) in try publish() }
    }

    /// Runs every stage but publishing: all checks, nothing written. It waits for a build into
    /// the output folder as a build does, so that it never reads a site half-way through.
    @discardableResult
    public func check() throws(BuildFailure) -> BuildReport {
        let lock = try takeLock(
            activity: LocalizedMessage(.activityChecking, ["folder": .text(configuration.output.lastPathComponent)]), readsOnly: true)
        defer { lock.release() }
        return try withParallelism { () throws(BuildFailure) in
            var timer = StageTimer(progress: configuration.progress)
            let prepared = try prepare(timer: &timer)
            let result = try SiteRenderer(prepared: prepared, configuration: configuration).render(into: DiscardingSink())
            var report = prepared.report(result)
            try refuseProblems(report.diagnostics)
            timer.finish("render")
            report.stageTimes = timer.stages
            report.stageParts = timer.parts
            LeftForExit.keep((prepared, result), if: configuration)
            return report
        }
    }

    private func takeLock(activity: LocalizedMessage, readsOnly: Bool = false) throws(BuildFailure) -> BuildLock {
        try BuildLock.acquire(
            for: configuration.output, activity: activity, waits: configuration.waitsForOtherBuilds, onWait: configuration.onWaiting,
            readsOnly: readsOnly)
    }

    private func withParallelism(_ body: () throws(BuildFailure) -> BuildReport) throws(BuildFailure) -> BuildReport {
        let result = Parallelism.$isEnabled.withValue(configuration.parallel) {
            Result { () throws(BuildFailure) in try body() }
        }
        return try result.get()
    }

    /// Publishes the site, redoing only what changed since the last build when the build
    /// cache can vouch for the rest: nothing when no input changed, only the edited pages when
    /// only procedure bodies changed, and otherwise every stage (still writing only the files
    /// that differ).
    private func publish() throws(BuildFailure) -> BuildReport {
        var timer = StageTimer(progress: configuration.progress)
        let fileSystem = configuration.fileSystem
        // The inputs, the published site and the cache are read at the same time: a rebuild
        // that changed nothing is little else.
        let scan = ConcurrentScan(configuration: configuration) { loadCache() }
        let (inputs, (cache, cacheProblem)) = (scan.inputs, scan.cache)
        let publisher = SitePublisher(
            output: configuration.output, fileSystem: fileSystem, published: cache?.published, spare: cache?.spare,
            keepsSpare: configuration.incremental, syncs: configuration.syncsToDisk, outputInventory: scan.output)
        timer.finish("scan")

        var reason = cacheProblem ?? "public/ is not what the last build left"
        if let cache, publisher.publishedIsKnown {
            if cache.inputs == inputs {
                return unchanged(cache, timer: timer)
            }
            let rebuild = BodyEditRebuild(configuration: configuration, cache: cache, inputs: inputs)
            switch try rebuild.run(publisher: publisher, timer: &timer) {
            case .rebuilt(let report): return report
            case .notApplicable(let why): reason = why
            }
        }

        // 1–6. Everything up to the finished pages' values.
        let prepared = try prepare(timer: &timer)
        // 7. Render the pages and write them, a batch at a time, then every other file.
        try publisher.begin()
        let result: SiteRenderer.Result
        do throws(BuildFailure) {
            result = try SiteRenderer(prepared: prepared, configuration: configuration).render(into: publisher)
            try refuseProblems((prepared.diagnostics + result.diagnostics).sorted())
            for file in prepared.otherFiles(pages: result.pages) {
                switch file.contents {
                case .data(let data): try publisher.add(file.path, data)
                case .copy(let source):
                    let data: Data
                    do {
                        data = try fileSystem.contents(of: source)
                    } catch {
                        // Named as editors see it: `content/files/…`.
                        let root = configuration.root.path + "/"
                        let path = source.path.hasPrefix(root) ? String(source.path.dropFirst(root.count)) : source.path
                        throw BuildFailure(diagnostics: [
                            Diagnostic(.unreadableFile(IOFailure(error)), at: SourceLocation(path: path))
                        ])
                    }
                    try publisher.add(file.path, data)
                }
            }
        } catch {
            publisher.abandon()
            throw error
        }
        timer.finish("render")
        // 8. Swap the new site in, in one step.
        let outcome = try publisher.finish()
        timer.finish("publish")

        var report = prepared.report(result)
        if configuration.incremental {
            BuildCache(
                key: InputInventory.key(for: configuration), inputs: inputs, published: outcome.published, spare: outcome.spare,
                pageCount: report.pageCount, procedureCount: report.procedureCount,
                completeProcedureCount: report.completeProcedureCount, dataDate: prepared.site.dataDate,
                warnings: report.diagnostics, fieldSpellings: prepared.fields.shownAs,
                procedures: prepared.procedureStates(complete: result.complete)
            ).save(to: configuration.cacheFile, fileSystem: fileSystem)
        }
        report.mode = .full(reason: reason)
        report.record(outcome)
        timer.finish("cache")
        report.stageTimes = timer.stages
        report.stageParts = timer.parts
        LeftForExit.keep((prepared, result, publisher, inputs, outcome), if: configuration)
        return report
    }

    /// The cache of the last build, when it is there, intact and made by this build-site with
    /// these options; otherwise why not.
    private func loadCache() -> (BuildCache?, String?) {
        guard configuration.incremental else {
            BuildCache.remove(configuration.cacheFile, fileSystem: configuration.fileSystem)
            return (nil, "told to ignore the build cache")
        }
        guard configuration.fileSystem.itemExists(configuration.cacheFile) else {
            return (nil, "no build cache yet")
        }
        guard let cache = BuildCache.load(from: configuration.cacheFile, fileSystem: configuration.fileSystem) else {
            return (nil, "the build cache is damaged and was ignored")
        }
        guard cache.key == InputInventory.key(for: configuration) else {
            return (nil, "the build cache was made by another build-site or with other options")
        }
        return (cache, nil)
    }

    /// No input changed and the published site is as the last build left it: nothing to do.
    private func unchanged(_ cache: BuildCache, timer: StageTimer) -> BuildReport {
        var report = BuildReport(
            diagnostics: cache.warnings, pageCount: cache.pageCount, fileCount: cache.published.records.count,
            procedureCount: cache.procedureCount, completeProcedureCount: cache.completeProcedureCount,
            heaviestPages: BuildReport.heaviestPages(in: cache.published))
        report.mode = .unchanged
        report.stageTimes = timer.stages
        report.stageParts = timer.parts
        return report
    }

    /// Procedure files read and decoded at once: enough for every core, a few megabytes of text.
    static let decodingBatchSize = 1024

    /// Stops the build on an error, or on any warning when warnings count as errors.
    private func refuseProblems(_ diagnostics: [Diagnostic]) throws(BuildFailure) {
        if diagnostics.contains(where: { $0.severity == .error }) || (configuration.warningsAsErrors && !diagnostics.isEmpty) {
            throw BuildFailure(diagnostics: diagnostics)
        }
    }

    /// Stages 1 to 6: everything a build does before it renders and writes.
    private func prepare(timer: inout StageTimer) throws(BuildFailure) -> PreparedSite {
        let root = configuration.root
        let fileSystem = configuration.fileSystem
        var diagnostics: [Diagnostic] = []

        // 1. Load sources and templates (procedure files are only listed here).
        let loader = ContentLoader(root: root, fileSystem: fileSystem, defersProcedures: true)
        // The theme, its assets and the open data schemas are read while the content is read
        // and decoded.
        let templatesDirectory = root.appendingPathComponent("templates")
        let schemaFolder = configuration.schemaFolder
        let themeLoad = Background {
            (
                TemplateLibrary.load(from: templatesDirectory, fileSystem: fileSystem),
                ThemeAssets.load(root: root, fileSystem: fileSystem),
                OpenDataSchemas.load(from: schemaFolder, fileSystem: fileSystem)
            )
        }
        let (sources, loadProblems) = loader.load()
        diagnostics += loadProblems
        // A content folder that could not be listed leaves every check after this one
        // reporting its files as missing: the folder is the one problem to fix.
        if loadProblems.contains(where: { if case .unlistableFolder = $0.problem { true } else { false } }) {
            throw BuildFailure(diagnostics: diagnostics.sorted())
        }
        timer.finish("load")

        // 2–3. Split front matter from bodies and decode each kind. Procedures are read and
        // decoded a batch at a time and keep only their front matter, and their bodies up to a
        // fixed size: the rest are read again with their pages, so a large site's text is
        // never held all at once.
        let decoder = ContentDecoder(lightensProceduresWith: loader, keepingBodyBytes: configuration.keptBodyBytes)
        var (decoded, decodeProblems) = decoder.decode(sources)
        var procedures: [ContentDocument<Procedure>] = []
        var procedureFileCodes: Set<String> = []
        for start in stride(from: 0, to: sources.procedureNames.count, by: Self.decodingBatchSize) {
            let names = Array(sources.procedureNames[start..<min(start + Self.decodingBatchSize, sources.procedureNames.count)])
            let (files, readProblems) = loader.read(names)
            let (documents, problems) = decoder.decodeProcedures(files)
            procedures += documents
            // Every file listed, read or not: a file that cannot be read (not UTF-8, too
            // large) is one error of its own, not also a missing procedure wherever it is named.
            procedureFileCodes.formUnion(names.map { SourceFile(path: $0, text: "").baseName })
            decodeProblems += readProblems + problems
        }
        decoded?.procedures = procedures
        decoded?.procedureFileCodes = procedureFileCodes
        let ((templates, templateProblems), (assets, assetProblems), (schemas, schemaProblems)) = themeLoad.value
        diagnostics += templateProblems + assetProblems + schemaProblems + decodeProblems
        timer.finish("decode")

        // 4. Validate across documents, and keep personal data out of feedback results. How
        // the site shows each field is settled here, once, for validation and assembly alike.
        let fields = FieldSpellings(decoded?.procedures ?? [])
        var content: SiteContent?
        if var decoded {
            // Two independent checks, one after the other, each spread over every core: run side
            // by side, the guard's own spreading nested inside and ran on one thread.
            diagnostics += SiteValidator(fields: fields).validate(decoded)
            diagnostics += DocumentsAndNewsValidator().validate(decoded)
            let (images, imageProblems) = NewsImageChecker(root: root, fileSystem: fileSystem).check(decoded)
            decoded.newsImages = images
            diagnostics += imageProblems
            content = decoded
            var found: [Diagnostic] = []
            let duration = ContinuousClock().measure {
                found = PersonalDataGuard(allowList: decoded.personalDataAllowList, published: PersonalDataGuard.publishedTexts(decoded))
                    .scan(sources.feedback)
            }
            diagnostics += found
            timer.recordPart("personal data", duration)
        }
        guard let content, let templates, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw BuildFailure(diagnostics: Diagnostic.withExcerpts(diagnostics, loader: loader))
        }
        timer.finish("validate")

        // 5. Render the Markdown of decisions, feedback results and pages, within a size and
        // time bound per file (procedures' bodies render with their pages, in stage 7).
        let (bodies, markdownProblems) = BodyRenderer(timeLimit: configuration.renderTimeLimit).renderAllButProcedures(content)
        diagnostics += markdownProblems
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw BuildFailure(diagnostics: Diagnostic.withExcerpts(diagnostics, loader: loader))
        }
        timer.finish("markdown")

        // 6. Assemble the site, keeping of each procedure what its listings need.
        let site = SiteAssembler().assemble(content, bodies: bodies, fields: fields)
        timer.finish("assemble")

        return PreparedSite(
            content: content, site: site, fields: fields, templates: templates, assets: assets, schemas: schemas,
            diagnostics: diagnostics.sorted(), root: root, fileSystem: fileSystem)
    }
}
