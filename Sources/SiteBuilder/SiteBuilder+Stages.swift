import Foundation

/// The stages of `SiteBuilder`, in the order they run. Each takes the plan of stage 1: a
/// body edit runs them over the edited procedures and what their pages show.
extension SiteBuilder {
    /// Stage 2's sources, the theme still loading beside them.
    struct Loaded {
        let loader: ContentLoader
        let sources: ContentSources
        let theme: Background<((TemplateLibrary?, [Diagnostic]), (ThemeAssets, [Diagnostic]))>
        let diagnostics: [Diagnostic]
    }

    /// Stage 3's documents, and 4's once checked.
    struct Checked {
        let loaded: Loaded
        var content: SiteContent?
        let templates: TemplateLibrary?
        let assets: ThemeAssets
        let fields: FieldSpellings
        var diagnostics: [Diagnostic]
    }

    /// Stage 7's pages: a body edit keeps its few to replace the published ones in place.
    struct Rendered {
        let result: SiteRenderer.Result
        let pages: CollectingSink?
    }

    /// Procedure files read and decoded at once: enough for every core, a few megabytes of text.
    static let decodingBatchSize = 1024

    /// 1. Every input file's status, the output folder's and the build cache, read side by
    /// side (`Background`: on one thread when the build is told to use one), and the plan they
    /// make; a rebuild that changed nothing is little else. A build told to ignore the cache
    /// lists neither folder: it has no cache to compare them with and records none (listing
    /// ten thousand inputs took a core for a twentieth of a second).
    func scan() -> (plan: BuildPlan, inputs: [String: FileStatus], publisher: SitePublisher) {
        let (root, output, fileSystem) = (configuration.root, configuration.output, configuration.fileSystem)
        let listsFolders = configuration.incremental
        let inputs = Background { listsFolders ? InputInventory.scan(root: root, fileSystem: fileSystem) : [:] }
        let published = Background { listsFolders ? fileSystem.inventory(under: output) : [:] }
        let (cache, whyNoCache) = loadCache()
        let publisher = SitePublisher(
            output: output, fileSystem: fileSystem, published: cache?.published, spare: cache?.spare,
            keepsSpare: configuration.incremental, syncs: configuration.syncsToDisk,
            precompresses: configuration.precompresses, outputInventory: published.value)
        let plan = BuildPlan(inputs: inputs.value, cache: cache, whyNoCache: whyNoCache, publishedIsKnown: publisher.publishedIsKnown)
        return (plan, inputs.value, publisher)
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
        guard cache.key == configuration.cacheKey else {
            return (nil, "the build cache was made by another build-site or with other options")
        }
        return (cache, nil)
    }

    /// 2. The sources; a full build only lists the procedure files, a body edit reads the
    /// edited ones and those they name, and no feedback results. The theme and its assets are
    /// read while the content is read and decoded.
    func load(_ plan: BuildPlan) throws(BuildFailure) -> Loaded {
        let (root, fileSystem) = (configuration.root, configuration.fileSystem)
        var loader = ContentLoader(root: root, fileSystem: fileSystem, defersProcedures: true)
        if case .bodiesEdited(let edit) = plan {
            loader = ContentLoader(root: root, fileSystem: fileSystem, onlyProcedures: edit.wantedFiles, withFeedback: false)
        }
        let templatesDirectory = root.appendingPathComponent("templates")
        let theme = Background {
            (
                TemplateLibrary.load(from: templatesDirectory, fileSystem: fileSystem),
                ThemeAssets.load(root: root, fileSystem: fileSystem)
            )
        }
        let (sources, problems) = loader.load()
        // A content folder that could not be listed leaves every check after this one
        // reporting its files as missing: the folder is the one problem to fix.
        if problems.contains(where: { if case .unlistableFolder = $0.problem { true } else { false } }) {
            throw BuildFailure(diagnostics: problems.sorted())
        }
        return Loaded(loader: loader, sources: sources, theme: theme, diagnostics: problems)
    }

    /// 3. Splits front matter from bodies and decodes each kind. A full build reads and decodes
    /// procedures a batch at a time and keeps only their front matter: their bodies are read
    /// again with their pages, so a large site's text is never held all at once. A body edit
    /// whose files are not as the last build read them (nil) becomes a full build.
    func decode(_ loaded: Loaded, plan: inout BuildPlan) -> Checked? {
        if case .bodiesEdited(let edit) = plan {
            let ((templates, templateProblems), (assets, _)) = loaded.theme.value
            let (content, problems) = ContentDecoder().decode(loaded.sources)
            guard loaded.diagnostics.isEmpty, templateProblems.isEmpty, problems.isEmpty, let content else {
                plan = .full(reason: "a file could not be read again")
                return nil
            }
            if let why = edit.frontMatterChange(in: content.procedures) {
                plan = .full(reason: why)
                return nil
            }
            return Checked(
                loaded: loaded, content: content, templates: templates, assets: assets,
                fields: FieldSpellings(shownAs: edit.cache.fieldSpellings), diagnostics: [])
        }
        let (loader, sources) = (loaded.loader, loaded.sources)
        let decoder = ContentDecoder(lightensProcedures: true)
        var (decoded, diagnostics) = decoder.decode(sources)
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
            diagnostics += readProblems + problems
        }
        decoded?.procedures = procedures
        decoded?.procedureFileCodes = procedureFileCodes
        let ((templates, templateProblems), (assets, assetProblems)) = loaded.theme.value
        // Only once every asset was read: one that could not be is reported as such.
        let assetReferenceProblems = assetProblems.isEmpty ? templates.map(assets.unknownReferences) ?? [] : []
        return Checked(
            loaded: loaded, content: decoded, templates: templates, assets: assets,
            fields: FieldSpellings(procedures),
            diagnostics: loaded.diagnostics + templateProblems + assetProblems + assetReferenceProblems + diagnostics)
    }

    /// 4. Checks across documents, and keeps personal data out of feedback results. How the
    /// site shows each field was settled once, for validation and assembly alike. A body edit
    /// changed no front matter: the last build's warnings about front matter stand.
    func validate(_ decoded: Checked, plan: BuildPlan, timer: inout StageTimer) throws(BuildFailure) -> Checked {
        var checked = decoded
        if case .bodiesEdited(let edit) = plan {
            checked.diagnostics = edit.standingWarnings(decoded.content?.procedures ?? [])
            return checked
        }
        if var content = decoded.content {
            // Two independent checks, one after the other, each spread over every core: run side
            // by side, the guard's own spreading nested inside and ran on one thread.
            checked.diagnostics += SiteValidator(fields: decoded.fields, locator: KeyLocator(loader: decoded.loaded.loader))
                .validate(content)
            checked.diagnostics += DocumentsAndNewsValidator(locator: KeyLocator(loader: decoded.loaded.loader)).validate(content)
            // News images are checked by their bytes, and their sizes kept for the pages.
            let (images, imageProblems) = NewsImageChecker(root: configuration.root, fileSystem: configuration.fileSystem).check(content)
            content.newsImages = images
            checked.content = content
            checked.diagnostics += imageProblems
            var found: [Diagnostic] = []
            let duration = ContinuousClock().measure {
                found = PersonalDataGuard(allowList: content.personalDataAllowList, published: PersonalDataGuard.publishedTexts(content))
                    .scan(decoded.loaded.sources.feedback)
            }
            checked.diagnostics += found
            timer.recordPart("personal data", duration)
        }
        try refuseErrors(in: checked, orMissing: decoded.content == nil || decoded.templates == nil)
        return checked
    }

    /// 5. The Markdown of decisions, feedback results and pages, within a size and time bound
    /// per file; procedures' bodies render a batch at a time in stage 7, and a body edit's
    /// pages show no other body.
    func renderMarkdown(_ checked: inout Checked, plan: BuildPlan) throws(BuildFailure) -> [String: RenderedMarkdown] {
        guard case .full = plan, let content = checked.content else { return [:] }
        let (bodies, problems) = BodyRenderer(timeLimit: configuration.renderTimeLimit).renderAllButProcedures(content)
        checked.diagnostics += problems
        try refuseErrors(in: checked)
        return bodies
    }

    /// Stops the build, each problem with its line as written, when there is an error.
    private func refuseErrors(in checked: Checked, orMissing missing: Bool = false) throws(BuildFailure) {
        if missing || checked.diagnostics.contains(where: { $0.severity == .error }) {
            throw BuildFailure(diagnostics: Diagnostic.withExcerpts(checked.diagnostics, loader: checked.loaded.loader))
        }
    }

    /// 6. Assembles the site, keeping of each procedure what its listings need.
    func assemble(_ checked: Checked, bodies: [String: RenderedMarkdown], plan: BuildPlan) -> PreparedSite {
        // Validation let neither be missing.
        guard let content = checked.content, let templates = checked.templates else { preconditionFailure("validated") }
        var site = SiteAssembler().assemble(content, bodies: bodies, fields: checked.fields)
        if case .bodiesEdited(let edit) = plan {
            site.dataDate = edit.cache.dataDate  // feedback results, unchanged, were not read
        }
        return PreparedSite(
            content: content, site: site, fields: checked.fields, templates: templates, assets: checked.assets,
            schemas: .embedded, diagnostics: checked.diagnostics.sorted(), root: configuration.root,
            fileSystem: configuration.fileSystem)
    }

    /// 7. Renders the pages and writes them, a batch at a time, then every other file; a body
    /// edit renders the edited pages alone, and becomes a full build (nil) when their bodies
    /// gained or lost a required section, which listings show.
    func render(_ prepared: PreparedSite, plan: inout BuildPlan, publisher: SitePublisher?) throws(BuildFailure) -> Rendered? {
        var renderer = SiteRenderer(prepared: prepared, configuration: configuration)
        if case .bodiesEdited(let edit) = plan {
            renderer.onlyProcedures = edit.editedCodes
            let pages = CollectingSink()
            let result = try renderer.render(into: pages)
            if let why = edit.completenessChange(complete: result.complete) {
                plan = .full(reason: why)
                return nil
            }
            try configuration.refuseProblems((prepared.diagnostics + result.diagnostics).sorted())
            return Rendered(result: result, pages: pages)
        }
        guard let publisher else {  // `check`: every file is made, none is kept
            let result = try renderer.render(into: DiscardingSink())
            try configuration.refuseProblems((prepared.diagnostics + result.diagnostics).sorted())
            return Rendered(result: result, pages: nil)
        }
        try publisher.begin()
        do throws(BuildFailure) {
            let result = try renderer.render(into: publisher)
            try configuration.refuseProblems((prepared.diagnostics + result.diagnostics).sorted())
            for file in prepared.otherFiles(pages: result.pages) {
                try publisher.add(file.path, try contents(of: file))
            }
            return Rendered(result: result, pages: nil)
        } catch {
            publisher.abandon()
            throw error
        }
    }

    private func contents(of file: OutputFile) throws(BuildFailure) -> Data {
        switch file.contents {
        case .data(let data): return data
        case .copy(let source):
            do {
                return try configuration.fileSystem.contents(of: source)
            } catch {
                // Named as editors see it: `content/files/…`.
                let root = configuration.root.path + "/"
                let path = source.path.hasPrefix(root) ? String(source.path.dropFirst(root.count)) : source.path
                throw BuildFailure(diagnostics: [Diagnostic(.unreadableFile(IOFailure(error)), at: SourceLocation(path: path))])
            }
        }
    }

    /// 8. Swaps the new site in, in one step; a body edit replaces each edited page in place.
    func publish(_ rendered: Rendered, plan: BuildPlan, publisher: SitePublisher) throws(BuildFailure) -> SitePublisher.Outcome {
        guard let pages = rendered.pages else { return try publisher.finish() }
        return try publisher.replaceInPlace(pages.files.values.sorted { $0.path < $1.path })
    }

    /// 9. Records what was published in the build cache; returns the build's report.
    func saveCache(
        _ prepared: PreparedSite, _ result: SiteRenderer.Result, _ outcome: SitePublisher.Outcome, plan: BuildPlan,
        inputs: [String: FileStatus]
    ) -> BuildReport {
        if case .bodiesEdited(let edit) = plan {
            let diagnostics = (prepared.diagnostics + result.diagnostics).sorted()
            edit.updatedCache(outcome, warnings: diagnostics).save(to: configuration.cacheFile, fileSystem: configuration.fileSystem)
            return edit.report(diagnostics, outcome)
        }
        var report = prepared.report(result)
        if configuration.incremental {
            BuildCache(
                key: configuration.cacheKey, inputs: inputs, published: outcome.published, spare: outcome.spare,
                pageCount: report.pageCount, procedureCount: report.procedureCount,
                completeProcedureCount: report.completeProcedureCount, dataDate: prepared.site.dataDate,
                warnings: report.diagnostics, fieldSpellings: prepared.fields.shownAs,
                procedures: prepared.procedureStates(complete: result.complete)
            ).save(to: configuration.cacheFile, fileSystem: configuration.fileSystem)
        }
        if case .full(let reason) = plan { report.mode = .full(reason: reason) }
        return report
    }
}
