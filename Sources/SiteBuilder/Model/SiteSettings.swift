/// `content/site.yml`: who publishes the site and how it is navigated.
struct SiteSettings: Sendable {
    var title: String
    var agency: String
    var baseURL: String
    var language: String
    var description: String?
    var portalURL: String?
    var navigation: [NavigationLink]
    var contact: String?
    /// The largest news image the build publishes, in kilobytes (`image_max_kb`).
    var imageMaxKB = 500
}
