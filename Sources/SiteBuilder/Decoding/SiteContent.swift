/// Every content file decoded into typed documents: what validation and assembly work on.
struct SiteContent: Sendable {
    var settings: SiteSettings
    var settingsSource: SourceFile
    var procedures: [ContentDocument<Procedure>]
    var decisions: [ContentDocument<Decision>]
    var feedback: [ContentDocument<FeedbackResult>]
    var pages: [ContentDocument<FreePage>]
    /// Legal documents and news, and the size of each news image once checked (by path).
    var documents: [ContentDocument<RegulatoryDocument>] = []
    var news: [ContentDocument<NewsItem>] = []
    var newsImages: [String: NewsImage] = [:]
    var personalDataAllowList: [AllowedText]
    /// The editors' search synonyms (`content/search-synonyms.yml`), before the defaults are merged in.
    var searchSynonyms: [SearchSynonym] = []
    /// The service-quality assessments, reform targets and periodic reports.
    var transparency = TransparencyData()
    /// Codes named by procedure files, including files that failed to decode, so a broken
    /// procedure is reported once, not again by every decision that lists it.
    var procedureFileCodes: Set<String>
    /// Whether every decision file decoded; if not, an unknown `online_decision` may be the
    /// broken one, and is not reported again.
    var allDecisionsDecoded: Bool
    /// Paths relative to `content/files/`.
    var attachments: [String]
}
