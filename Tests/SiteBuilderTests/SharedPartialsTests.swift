import Foundation
import Mustache
import Testing

@testable import SiteBuilder

/// Partials rendered once for many pages give each page exactly what rendering them on the
/// page would, and are rendered once only where that cannot differ.
@Suite("shared partials")
struct SharedPartialsTests {
    /// A theme with partials in every kind of place.
    private static let theme: [String: String] = [
        "layout": "<title>{{page.title}}</title>\n{{>partials/header}}\n<main>{{$content}}{{/content}}</main>\n{{>partials/footer}}\n  {{>partials/indented}}\n{{#page}}{{>partials/in-section}}{{/page}}\n",
        "page": "{{<layout}}{{$content}}{{>partials/in-block}}<p>{{page.title}}</p>{{/content}}{{/layout}}",
        "home": "<h1>{{site.title}}</h1>\n{{>partials/header}}\n{{>partials/reads-title}}\n",
        "partials/header": "<header>{{site.title}}{{#navigation}}{{#items}}<a{{#current}} aria-current=\"page\"{{/current}}>{{title}}{{note}}</a>{{/items}}{{/navigation}}</header>\n",
        "partials/footer": "<footer>{{page.address}}\n{{>partials/site-footer}}\n</footer>\n",
        "partials/site-footer": "<p>{{site.agency}}</p>{{#site.lines}}<span>{{.}}</span>{{/site.lines}}\n",
        "partials/indented": "<p>one</p>\n<p>{{site.agency}}</p>\n",
        "partials/in-section": "<i>{{title}} {{site.title}}</i>",
        "partials/in-block": "<b>{{site.agency}}</b>",
        "partials/reads-title": "<p>{{title}}</p>",
    ]

    private static let site = SharedTemplateValue(["title": "Cổng", "agency": "BHXH & <VN>", "lines": ["a", "b"]])
    private static let navigations = SharedNavigations()

    /// - Parameter note: a value of the page's own, which the header shows in each entry that has none.
    private static func page(_ address: String, template: String, current: [Bool], note: String? = nil) -> OutputPage {
        var context: TemplateNode = [
            "site": site,
            "page": ["title": "Trang \(address)", "address": address] as TemplateNode,
            "navigation": navigations.value(current: current) {
                ["items": zip(["Một", "Hai"], current).map { ["title": $0, "current": $1] as TemplateNode }]
            },
        ]
        if let note { context["note"] = note }
        return OutputPage(address: address, template: template, context: context)
    }

    private static var pages: [OutputPage] { [
        page("/a/", template: "page", current: [true, false]),
        page("/b/", template: "page", current: [false, true]),
        page("/c/", template: "page", current: [true, false]),
        page("/", template: "home", current: [false, false]),
        page("/t/", template: "home", current: [false, false], note: " – mới"),
        page("/u/", template: "home", current: [false, false], note: " – cũ"),
    ] }

    @Test("every page renders as it does with the partials rendered in place")
    func sameOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.theme {
            let file = folder.appendingPathComponent(name + ".mustache")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let pageTemplates = ["page", "home"]
        let shared = SharedPartials(texts: Self.theme, pageTemplates: pageTemplates, sharedNames: PageBuilder.sharedValueNames)
        // Not those included indented, inside a section or inside a block, nor the footer,
        // which reads the page outside its sections: they render in place.
        #expect(shared.partials == ["partials/header", "partials/site-footer"])
        let plain = MustacheLibrary(templates: try Self.theme.mapValues { try MustacheTemplate(string: TemplateLibrary.escapingPrefix + $0) })
        let library = try #require(TemplateLibrary.load(from: folder, fileSystem: LocalFileSystem(), pageTemplates: pageTemplates).0)
        let remembered = RenderedPartials()
        for page in Self.pages + Self.pages {
            let expected = plain.render(page.context, withTemplate: page.template)
            #expect(library.render(page, remembered: remembered) == expected, "\(page.address)")
        }
        // header: two navigations on `page`, one on `home` (the pages with a `note` of their
        // own render it themselves); site-footer: one.
        #expect(remembered.count == 4)
    }
}

extension SharedPartialsTests {
    @Test("the default theme's header and site footer render once for many pages")
    func defaultTheme() throws {
        let folder = SiteFixture.packageRoot.appendingPathComponent("templates")
        var texts: [String: String] = [:]
        for file in try LocalFileSystem().files(under: folder) where file.hasSuffix(".mustache") && !file.hasPrefix("assets/") {
            texts[String(file.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        let shared = SharedPartials(texts: texts, pageTemplates: TemplateLibrary.pageTemplates, sharedNames: PageBuilder.sharedValueNames)
        #expect(shared.partials == ["partials/header", "partials/site-footer"])
    }
}
