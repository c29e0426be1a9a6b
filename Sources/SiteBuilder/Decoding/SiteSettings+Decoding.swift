extension SiteSettings {
    static let keys = ["title", "agency", "base_url", "language", "description", "portal_url", "navigation", "contact", "image_max_kb"]

    static func decode(from reader: inout FrontMatterReader, file: SourceFile) -> SiteSettings? {
        let title = reader.requiredString("title")
        let agency = reader.requiredString("agency")
        var baseURL = reader.requiredString("base_url")
        if let url = baseURL, !url.hasPrefix("https://") || url.count <= "https://".count {
            reader.report(.invalidURL(key: "base_url", found: url), at: reader.location(of: "base_url"))
            baseURL = nil
        }
        let language = reader.requiredString("language")
        if let language, language != "vi" {
            reader.report(.notAllowed(key: "language", found: language, allowed: ["vi"]), at: reader.location(of: "language"))
        }
        let description = reader.string("description")
        let portalURL = reader.string("portal_url").map(PercentEncoding.address)
        let navigation = reader.records("navigation") { item -> NavigationLink? in
            let title = item.requiredString("title")
            let url = item.requiredString("url")
            item.reportUnknownKeys(allowed: ["title", "url"])
            guard let title, let url else { return nil }
            return NavigationLink(title: title, url: PercentEncoding.address(url))
        }
        let contact = reader.string("contact")
        let imageMaxKB = reader.integer("image_max_kb")
        if let imageMaxKB, imageMaxKB < 1 {
            reader.report(.notWholeNumber(key: "image_max_kb", found: String(imageMaxKB)), at: reader.location(of: "image_max_kb"))
        }
        reader.reportUnknownKeys(allowed: keys)
        guard let title, let agency, let baseURL, let language else { return nil }
        // Addresses are published as the editor wrote them, percent-encoded where they must be.
        let address = PercentEncoding.address(baseURL)
        var settings = SiteSettings(
            title: title, agency: agency, baseURL: address.hasSuffix("/") ? String(address.dropLast()) : address,
            language: language, description: description, portalURL: portalURL, navigation: navigation, contact: contact)
        if let imageMaxKB, imageMaxKB >= 1 { settings.imageMaxKB = imageMaxKB }
        return settings
    }
}
