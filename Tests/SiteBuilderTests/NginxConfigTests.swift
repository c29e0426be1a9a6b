import Foundation
import Testing

@testable import SiteBuilder

/// docs/nginx/build-site.conf is what agencies copy to serve the site (scripts/nginx-test runs
/// Debian's nginx with it): the deployment guide shows it whole, and the preview sends its
/// security headers, so that a page that breaks under them breaks in the preview first.
@Suite("nginx server block")
struct NginxConfigTests {
    static let conf = "docs/nginx/build-site.conf"

    static func read(_ path: String) throws -> String {
        try String(contentsOf: SiteFixture.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("docs/deploy.md shows the server block, once, exactly as the file has it")
    func guideShowsTheFile() throws {
        let guide = try Self.read("docs/deploy.md")
        let blocks = guide.matches(of: #/\n```nginx\n(?<text>(?:.*\n)*?)```\n/#).map { String($0.output.text) }
        #expect(blocks == [try Self.read(Self.conf)], "copy \(Self.conf) into the ```nginx block of docs/deploy.md")
    }

    @Test("the preview sends the security headers the server block adds, with the same values")
    func previewMirrorsTheBlock() throws {
        let added = try Self.read(Self.conf).matches(of: #/\n\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/#).map {
            (name: String($0.output.1), value: String($0.output.2))
        }
        #expect(added.map(\.name).contains("Permissions-Policy"), "the block has its security headers")
        #expect(added.map { "\($0.name): \($0.value)" } == PreviewResponder.securityHeaders.map { "\($0.name): \($0.value)" })
    }
}
