/// Which link addresses may be published: web and mail addresses and links within the site.
/// `javascript:`, `data:`, `file:` and protocol-relative `//host` addresses are not.
enum LinkPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func isPublishable(_ url: String) -> Bool {
        let url = url.trimmingScalars(in: .whitespaces)
        if url.hasPrefix("//") || url.hasPrefix("\\") || url.hasPrefix("/\\") { return false }
        guard let colon = url.firstIndex(of: ":") else { return true }
        let beforeColon = url[..<colon]
        // A colon after a path, query or fragment starts no scheme: `/a:b` or `#x:y` are fine.
        if beforeColon.contains(where: { "/?#".contains($0) }) { return true }
        return allowedSchemes.contains(beforeColon.lowercased())
    }
}
