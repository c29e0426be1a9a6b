import Foundation

/// The whole build, as one fixed pipeline read top to bottom:
/// load → split and decode → validate → render Markdown → assemble → render templates → write.
///
/// Stages up to validation collect every problem; any error stops the build before anything
/// is written, so the published site stays as it was.
public struct SiteBuilder: Sendable {
    public let configuration: BuildConfiguration

    public init(configuration: BuildConfiguration) {
        self.configuration = configuration
    }

    /// Runs every stage and publishes the site into the output folder.
    @discardableResult
    public func build() throws(BuildFailure) -> BuildReport {
        var timer = StageTimer()
        var (files, report) = try prepare(timer: &timer)
        // 8. Write atomically.
        try SiteWriter(output: configuration.output, fileSystem: configuration.fileSystem).write(files)
        timer.finish("write")
        report.stageTimes = timer.stages
        return report
    }

    /// Runs every stage but the last: all checks, nothing written.
    @discardableResult
    public func check() throws(BuildFailure) -> BuildReport {
        var timer = StageTimer()
        var report = try prepare(timer: &timer).report
        report.stageTimes = timer.stages
        return report
    }

    /// Stages 1 to 7: everything a build does before it writes.
    private func prepare(timer: inout StageTimer) throws(BuildFailure) -> (files: [OutputFile], report: BuildReport) {
        let root = configuration.root
        let fileSystem = configuration.fileSystem
        var diagnostics: [Diagnostic] = []

        // 1. Load sources and templates.
        let (sources, loadProblems) = ContentLoader(root: root, fileSystem: fileSystem).load()
        let templatesDirectory = root.appendingPathComponent("templates")
        let (templates, templateProblems) = TemplateLibrary.load(from: templatesDirectory, fileSystem: fileSystem)
        diagnostics += loadProblems + templateProblems
        timer.finish("load")

        // 2–3. Split front matter from bodies and decode each kind.
        let (decoded, decodeProblems) = ContentDecoder().decode(sources)
        diagnostics += decodeProblems
        timer.finish("decode")

        // 4. Validate across documents, and keep personal data out of feedback results.
        if let decoded {
            diagnostics += SiteValidator().validate(decoded)
            diagnostics += PersonalDataGuard(allowList: decoded.personalDataAllowList).scan(sources.feedback)
        }
        guard let content = decoded, let templates, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw BuildFailure(diagnostics: diagnostics)
        }
        timer.finish("validate")

        // 5. Render Markdown, within a size and time bound per file.
        let (bodies, markdownProblems) = BodyRenderer(timeLimit: configuration.renderTimeLimit).render(content)
        diagnostics += markdownProblems
        guard !diagnostics.contains(where: { $0.severity == .error }) else { throw BuildFailure(diagnostics: diagnostics) }
        let completeness = CompletenessChecker().check(content.procedures, bodies: bodies)
        diagnostics += completeness.diagnostics
        if configuration.warningsAsErrors && !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics) }
        timer.finish("markdown")

        // 6. Assemble the site.
        let site = SiteAssembler().assemble(content, bodies: bodies)
        let openData = OpenDataBuilder(site: site)
        let datasets = openData.datasets()
        let pages = PageBuilder(site: site, datasets: datasets).pages()
        timer.finish("assemble")

        // 7. Render templates, on every core; the pages keep their order.
        let library = UncheckedSendable(templates)
        let rendered = pages.map(UncheckedSendable.init).concurrentMap { library.value.render($0.value) }
        var files: [OutputFile] = []
        var weights: [BuildReport.PageWeight] = []
        for (page, html) in zip(pages, rendered) {
            guard let html else {
                throw BuildFailure(diagnostics: diagnostics + [
                    Diagnostic(.missingTemplate(page.template), at: SourceLocation(path: "templates/\(page.template).mustache"))
                ])
            }
            files.append(OutputFile(path: SiteAddress.outputPath(for: page.address), contents: .data(Data(html.utf8))))
            weights.append(BuildReport.PageWeight(address: page.address, bytes: html.utf8.count))
        }
        files.append(OutputFile(path: SiteAddress.outputPath(for: SearchIndex.address), contents: .data(SearchIndex.json(for: site))))
        files += openData.files(for: datasets) + openData.feeds()
        let sitemap = Sitemap(baseURL: site.settings.baseURL, pages: pages)
        files.append(OutputFile(path: "sitemap.xml", contents: .data(Data(sitemap.xml.utf8))))
        files.append(OutputFile(path: "robots.txt", contents: .data(Data(sitemap.robots.utf8))))
        files += copies(from: templatesDirectory.appendingPathComponent("assets"), to: "assets")
        files += content.attachments.map {
            OutputFile(path: "files/" + $0, contents: .copy(of: root.appendingPathComponent("content/files/" + $0)))
        }
        timer.finish("render")
        let report = BuildReport(
            diagnostics: diagnostics.sorted(), pageCount: pages.count, fileCount: files.count,
            procedureCount: content.procedures.count, completeProcedureCount: completeness.completeCount,
            heaviestPages: Array(weights.sorted { ($0.bytes, $1.address) > ($1.bytes, $0.address) }.prefix(3)),
            stageTimes: [])
        return (files, report)
    }

    private func copies(from directory: URL, to outputFolder: String) -> [OutputFile] {
        let names = (try? configuration.fileSystem.files(under: directory)) ?? []
        return names.map { OutputFile(path: outputFolder + "/" + $0, contents: .copy(of: directory.appendingPathComponent($0))) }
    }
}
