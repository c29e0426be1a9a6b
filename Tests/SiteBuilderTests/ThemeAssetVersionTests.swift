import Foundation
import Testing

@testable import SiteBuilder

@Suite("Theme asset versions")
struct ThemeAssetVersionTests {
    @Test("every page links each theme asset with the first 8 hex digits of its content hash, and only that asset's changes it")
    func versionedLinks() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        try site.build()
        let version = { (name: String) throws -> String in
            String(
                String(
                    format: "%016llx", ContentHash.of(try Data(contentsOf: site.root.appendingPathComponent("templates/assets/" + name)))
                ).prefix(8))
        }
        let home = try site.output("index.html")
        #expect(home.contains("<link rel=\"stylesheet\" href=\"/assets/style.css?v=\(try version("style.css"))\">"))
        #expect(home.contains("<link rel=\"icon\" href=\"/assets/favicon.svg?v=\(try version("favicon.svg"))\""))
        #expect(try site.output("tim-kiem/index.html").contains("<script src=\"/assets/search.js?v=\(try version("search.js"))\" defer>"))
        #expect(
            try site.output("thu-tuc/index.html").contains("<script src=\"/assets/catalogue.js?v=\(try version("catalogue.js"))\" defer>"))
        #expect(
            try site.output("assets/style.css")
                == (try String(contentsOf: site.root.appendingPathComponent("templates/assets/style.css"), encoding: .utf8)))

        let before = try version("search.js")
        try site.write(
            try String(contentsOf: site.root.appendingPathComponent("templates/assets/style.css"), encoding: .utf8)
                + "\n.x { color: red; }\n", to: "templates/assets/style.css")
        try site.build()
        let rebuilt = try site.output("tim-kiem/index.html")
        #expect(rebuilt.contains("/assets/style.css?v=\(try version("style.css"))\""))
        #expect(!home.contains("/assets/style.css?v=\(try version("style.css"))\""), "the changed stylesheet has a new version")
        #expect(rebuilt.contains("/assets/search.js?v=\(before)\""), "the unchanged script keeps its version")
    }

    @Test("a template naming an asset the theme does not have is an error at its line and column, in one run with the others")
    func unknownAsset() throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        let layout = try String(contentsOf: site.root.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
        try site.write(
            layout.replacingOccurrences(of: "{{#asset}}style.css{{/asset}}", with: "{{#asset}}styles.css{{/asset}}")
                .replacingOccurrences(of: "{{#asset}}favicon.svg{{/asset}}", with: "{{# asset }} icon.svg {{/ asset }}"),
            to: "templates/layout.mustache")
        let line = try #require(layout.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("style.css") }) + 1
        #expect(
            site.diagnostics() == [
                "templates/layout.mustache:\(line):30: error: the template links the file 'styles.css', which 'templates/assets/' does not have; add the file there, or correct its name in the template",
                "templates/layout.mustache:\(line + 1):24: error: the template links the file 'icon.svg', which 'templates/assets/' does not have; add the file there, or correct its name in the template",
            ])
        #expect(!site.outputExists("index.html"))
    }
}
