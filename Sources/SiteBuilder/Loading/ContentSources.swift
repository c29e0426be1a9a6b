/// The text files of `content/`, sorted by path, ready to be decoded.
struct ContentSources: Sendable {
    var siteSettings: SourceFile?
    var procedures: [SourceFile] = []
    /// Procedure files listed but not read yet (`ContentLoader.defersProcedures`), relative to `content/`.
    var procedureNames: [String] = []
    var decisions: [SourceFile] = []
    /// Decision files listed that could not be read (not UTF-8, too large): their numbers
    /// are unknown, so no reference to a decision can be called unknown.
    var unreadableDecisionCount = 0
    var feedback: [SourceFile] = []
    var pages: [SourceFile] = []
    /// Legal documents (`content/documents/`) and news (`content/news/`).
    var documents: [SourceFile] = []
    var news: [SourceFile] = []
    /// The reviewed exceptions of the personal-data guard, when the site has them.
    var personalDataAllowList: SourceFile?
    /// The editors' additions to the search's synonyms, when the site has them.
    var searchSynonyms: SourceFile?
    /// `service-index/*.yml`, `targets.yml` and `reports/*.yml`, when the site has them.
    var transparency = TransparencySources()
    /// Paths relative to `content/files/` of every attachment, sorted.
    var attachments: [String] = []
}
