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

    @discardableResult
    public func build() throws(BuildFailure) -> BuildReport {
        let root = configuration.root
        let fileSystem = configuration.fileSystem
        var diagnostics: [Diagnostic] = []

        // 1. Load sources and templates.
        let (sources, loadProblems) = ContentLoader(root: root, fileSystem: fileSystem).load()
        let templatesDirectory = root.appendingPathComponent("templates")
        let (templates, templateProblems) = TemplateLibrary.load(from: templatesDirectory, fileSystem: fileSystem)
        diagnostics += loadProblems + templateProblems

        // 2–3. Split front matter from bodies and decode each kind.
        let (decoded, decodeProblems) = ContentDecoder().decode(sources)
        diagnostics += decodeProblems

        // 4. Validate across documents.
        if let decoded { diagnostics += SiteValidator().validate(decoded) }
        guard let content = decoded, let templates, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw BuildFailure(diagnostics: diagnostics)
        }

        // 5. Render Markdown.
        let (bodies, markdownProblems) = BodyRenderer().render(content)
        diagnostics += markdownProblems

        // 6. Assemble the site.
        let site = SiteAssembler().assemble(content, bodies: bodies)
        let pages = PageBuilder(site: site).pages()

        // 7. Render templates.
        var files: [OutputFile] = []
        for page in pages {
            guard let html = templates.render(page) else {
                throw BuildFailure(diagnostics: diagnostics + [
                    Diagnostic(.missingTemplate(page.template), at: SourceLocation(path: "templates/\(page.template).mustache"))
                ])
            }
            files.append(OutputFile(path: SiteAddress.outputPath(for: page.address), contents: .data(Data(html.utf8))))
        }
        files += copies(from: templatesDirectory.appendingPathComponent("assets"), to: "assets")
        files += content.attachments.map {
            OutputFile(path: "files/" + $0, contents: .copy(of: root.appendingPathComponent("content/files/" + $0)))
        }

        // 8. Write atomically.
        try SiteWriter(output: configuration.output, fileSystem: fileSystem).write(files)
        return BuildReport(
            diagnostics: diagnostics.sorted(), pageCount: pages.count, fileCount: files.count,
            procedureCount: content.procedures.count)
    }

    private func copies(from directory: URL, to outputFolder: String) -> [OutputFile] {
        let names = (try? configuration.fileSystem.files(under: directory)) ?? []
        return names.map { OutputFile(path: outputFolder + "/" + $0, contents: .copy(of: directory.appendingPathComponent($0))) }
    }
}
