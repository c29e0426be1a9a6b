import Foundation

/// Stage 7: builds each page's values, renders its template and hands the HTML on, a batch
/// at a time on every core. Only one batch of pages is held at once, however large the site.
struct PageRenderer {
    /// What stays of a page once it is written: what the sitemap and the summary need.
    struct Rendered: Sendable {
        let address: String
        let lastModified: CalendarDate?
        let bytes: Int
    }

    let templates: TemplateLibrary
    var progress: BuildProgress.Observer? = nil
    /// Enough pages to keep every core busy, few enough that their HTML stays small: each
    /// batch ends with cores waiting for the last page, and 512 pages, against 256, took a
    /// thirtieth off a build of ten thousand procedures for 8 MB more at fifty thousand.
    static let batchSize = 512

    /// Renders every page in order and calls `deliver` with its output path and bytes, from
    /// several threads at once.
    func render(
        _ sources: [OutputPage.Source], deliver: @Sendable (String, Data) throws(BuildFailure) -> Void
    ) throws(BuildFailure) -> [Rendered] {
        let library = UncheckedSendable(templates)
        var rendered: [Rendered] = []
        rendered.reserveCapacity(sources.count)
        var start = 0
        while start < sources.count {
            let batch = sources[start..<min(start + Self.batchSize, sources.count)].map(UncheckedSendable.init)
            let results = batch.concurrentMap { source -> Result<[Rendered], BuildFailure> in
                var done: [Rendered] = []
                for page in source.value() {
                    guard let html = library.value.render(page.context, template: page.template) else {
                        return .failure(
                            BuildFailure(diagnostics: [
                                Diagnostic(.missingTemplate(page.template), at: SourceLocation(path: "templates/\(page.template).mustache"))
                            ]))
                    }
                    let data = Data(html.utf8)
                    do throws(BuildFailure) {
                        try deliver(SiteAddress.outputPath(for: page.address), data)
                    } catch {
                        return .failure(error)
                    }
                    done.append(Rendered(address: page.address, lastModified: page.lastModified, bytes: data.count))
                }
                return .success(done)
            }
            for result in results {
                switch result {
                case .success(let pages): rendered += pages
                case .failure(let failure): throw failure
                }
            }
            start += Self.batchSize
            progress?(BuildProgress(stage: "render", done: min(start, sources.count), total: sources.count))
        }
        return rendered
    }
}
