import Foundation
import Testing

@testable import SiteBuilder

/// A site folder taken through the build's stages in memory, up to its rendered pages, with
/// the long lists cut at any page size: the build always cuts them at the default size, which
/// only a large corpus reaches, and a small page size shows many pages of a small site.
struct StagedPages {
    let pages: [OutputPage]
    /// Each page's HTML, by address.
    let html: [String: String]

    init(root: URL, listingPageSize: Int) throws {
        let fileSystem = LocalFileSystem()
        let (sources, loadProblems) = ContentLoader(root: root, fileSystem: fileSystem).load()
        let (templates, templateProblems) = TemplateLibrary.load(
            from: root.appendingPathComponent("templates"), fileSystem: fileSystem)
        let (decoded, decodeProblems) = ContentDecoder().decode(sources)
        let content = try #require(decoded)
        let fields = FieldSpellings(content.procedures)
        let problems = loadProblems + templateProblems + decodeProblems + SiteValidator(fields: fields).validate(content)
        #expect(problems.exceptFieldSpellings.isEmpty, "\(problems.prefix(5).map(\.description))")
        let (bodies, _) = BodyRenderer(timeLimit: 5).render(content)
        let site = SiteAssembler().assemble(content, bodies: bodies, fields: fields)
        let library = try #require(templates)
        let (assets, _) = ThemeAssets.load(root: root, fileSystem: fileSystem)
        pages = PageBuilder(
            site: site, assets: assets, datasets: try OpenDataBuilder(site: site, schemas: .embedded).writeDatasets(to: DiscardingSink()),
            listingPageSize: listingPageSize
        ).pages().flatMap { $0() }
        var html: [String: String] = [:]
        for page in pages {
            let rendered: String = try #require(library.render(page.context, template: page.template), "\(page.address) did not render")
            html[page.address] = rendered
        }
        self.html = html
    }
}
