import Foundation

/// Everything stages 2 to 6 produce: the assembled site (procedures without their text,
/// which stage 7 reads again a batch at a time), its templates and the builder of its pages.
struct PreparedSite {
    let content: SiteContent
    let site: AssembledSite
    /// How the site shows each field; the build cache keeps it for a rebuild of a few pages.
    let fields: FieldSpellings
    let templates: TemplateLibrary
    let assets: ThemeAssets
    let schemas: OpenDataSchemas
    /// Warnings so far, sorted.
    let diagnostics: [Diagnostic]
    let root: URL
    let fileSystem: any FileSystem

    /// Every file of the site but the pages, the open data, the search index and the feeds
    /// (written with the pages): the sitemap (which needs the rendered pages' dates), the
    /// theme's assets and the attachments.
    func otherFiles(pages: [PageRenderer.Rendered]) -> [OutputFile] {
        var files: [OutputFile] = []
        let sitemap = Sitemap(
            baseURL: site.settings.baseURL, pages: pages.map { Sitemap.Entry(address: $0.address, lastModified: $0.lastModified) })
        files += sitemap.files.map { OutputFile(path: $0.path, contents: .data(Data($0.xml.utf8))) }
        files.append(OutputFile(path: "robots.txt", contents: .data(Data(sitemap.robots.utf8))))
        files += assets.files.map { OutputFile(path: $0.path, contents: .data($0.data)) }
        files += content.attachments.map {
            OutputFile(path: "files/" + $0, contents: .copy(of: root.appendingPathComponent("content/files/" + $0)))
        }
        return files
    }

    /// The report of a build whose pages rendered with these results.
    func report(_ result: SiteRenderer.Result) -> BuildReport {
        BuildReport(
            diagnostics: (diagnostics + result.diagnostics).sorted(), pageCount: result.pages.count, fileCount: 0,
            procedureCount: content.procedures.count, completeProcedureCount: result.complete.count,
            heaviestPages: BuildReport.heaviest(result.pages.map { BuildReport.PageWeight(address: $0.address, bytes: $0.bytes) }))
    }

    /// What the build cache keeps of each procedure to recognise an edit of its body alone.
    func procedureStates(complete: Set<String>) -> [String: BuildCache.ProcedureState] {
        Dictionary(
            content.procedures.map { document in
                (
                    document.source.path,
                    BuildCache.ProcedureState(
                        frontMatterHash: document.frontMatterHash,
                        complete: complete.contains(document.source.path), related: document.metadata.related)
                )
            }, uniquingKeysWith: { first, _ in first })
    }
}
