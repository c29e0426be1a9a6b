import Foundation
import Testing

/// The numbered pages of one list, found the way a reader finds them: from the list's address,
/// following each page's `rel="next"` link. Following them checks, and records as test issues,
/// what makes the pages consistent: each page at its own deterministic address, saying
/// "Trang k/N", marking itself current, linking back with `rel="prev"`, canonical to itself.
struct PageChain {
    struct Page {
        let number: Int
        let address: String
        let html: String
    }

    let pages: [Page]

    var addresses: [String] { pages.map(\.address) }

    /// Follows the list that starts at `address`; `read` gives a page's HTML by address.
    init(from address: String, baseURL: String, read: (String) throws -> String?) throws {
        var pages: [Page] = []
        var next: String? = address
        var declaredCount: Int?
        while let current = next, pages.count < 10_000 {
            let html = try #require(try read(current), "\(current) is linked as a page of \(address) but does not exist")
            let number = pages.count + 1
            let nav = Self.paginationNav(html)
            let expectedAddress = number == 1 ? address : address + "trang-\(number)/"
            #expect(current == expectedAddress, "page \(number) of \(address) is at \(current)")
            #expect(
                Self.first(#"<link rel="canonical" href="([^"]+)">"#, in: html) == baseURL + current,
                "\(current) is not canonical to itself")
            if let nav {
                let label = try #require(Self.first(#"<p class="pagination__status">Trang (\d+/\d+)</p>"#, in: nav))
                let parts = label.split(separator: "/").compactMap { Int($0) }
                #expect(parts.first == number, "\(current) says 'Trang \(label)'")
                if declaredCount == nil { declaredCount = parts.last }
                #expect(parts.last == declaredCount, "\(current) says 'Trang \(label)', page 1 said \(declaredCount ?? 0)")
                #expect(
                    Self.all(#"<a href="([^"]+)" aria-current="page">"#, in: nav) == [current],
                    "\(current) does not mark itself, and only itself, as the current page")
                #expect(
                    Self.first(#"<a href="([^"]+)" rel="prev">"#, in: nav)
                        == (number == 1 ? nil : pages.last?.address),
                    "the previous page of \(current)")
                if number > 1 {
                    #expect(
                        Self.first("<title>([^<]*)</title>", in: html)?.contains("(trang \(number)/") == true,
                        "\(current) has no numbered title")
                }
            } else {
                #expect(number == 1, "\(current), page \(number) of \(address), has no page navigation")
            }
            pages.append(Page(number: number, address: current, html: html))
            next = nav.flatMap { Self.first(#"<a href="([^"]+)" rel="next">"#, in: $0) }
        }
        #expect(pages.count == (declaredCount ?? 1), "\(address) says it has \(declaredCount ?? 1) pages, links \(pages.count)")
        self.pages = pages
    }

    /// The page navigation of a page, if it has one.
    static func paginationNav(_ html: String) -> String? {
        guard let start = html.range(of: "<nav class=\"pagination\"") else { return nil }
        guard let end = html[start.upperBound...].range(of: "</nav>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The part of `html` between `start` and the next `end`, or nothing.
    static func section(of html: String, from start: String, to end: String) -> String {
        guard let open = html.range(of: start), let close = html[open.upperBound...].range(of: end) else { return "" }
        return String(html[open.upperBound..<close.lowerBound])
    }

    /// The first capture of every match of `pattern` in `text`.
    static func all(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else {
            Issue.record("bad pattern \(pattern)")
            return []
        }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func first(_ pattern: String, in text: String) -> String? { all(pattern, in: text).first }
}
