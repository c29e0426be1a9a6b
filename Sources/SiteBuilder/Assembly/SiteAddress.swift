/// The site's addresses, as the content model fixes them, and the files that serve them.
enum SiteAddress {
    static let home = "/"
    static let catalogue = "/thu-tuc/"
    static let onlineServices = "/dich-vu-cong-truc-tuyen/"
    static let decisions = "/quyet-dinh/"
    static let feedback = "/phan-anh-kien-nghi/"
    static let search = "/tim-kiem/"
    static let notFound = "/404.html"
    static let serviceIndex = "/chi-so-phuc-vu/"
    static let reports = "/bao-cao/"

    static func procedure(_ code: String) -> String { "/thu-tuc/\(code)/" }
    /// A field's own page of the catalogue. `linh-vuc` cannot be a procedure code, which
    /// starts with a digit, so no procedure can take this address.
    static func field(_ field: String) -> String { "/thu-tuc/linh-vuc/\(VietnameseText.slug(field))/" }
    static func decision(_ slug: String) -> String { "/quyet-dinh/\(slug)/" }
    static func feedback(_ id: String) -> String { "/phan-anh-kien-nghi/\(id)/" }
    static func page(_ slug: String) -> String { "/\(slug)/" }
    static func report(_ period: Period) -> String { "/bao-cao/\(period.text)/" }
    /// An attachment's address: its path under `content/files/`, percent-encoded, so that a
    /// form named with spaces and Vietnamese letters is linked by a valid address.
    static func file(_ path: String) -> String { "/files/" + PercentEncoding.path(path) }

    /// The file under `public/` that serves `address`: `index.html` for folder addresses.
    static func outputPath(for address: String) -> String {
        let relative = String(address.drop(while: { $0 == "/" }))
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }

    /// The address a page file serves: the inverse of `outputPath(for:)`.
    static func address(forOutputPath path: String) -> String {
        path.hasSuffix("index.html") ? "/" + path.dropLast("index.html".count) : "/" + path
    }
}
