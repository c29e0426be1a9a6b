/// Stage 6's model: every document with its rendered body, cross-linked and in the order
/// the site lists it.
struct AssembledSite: Sendable {
    struct ProcedureEntry: Sendable {
        /// What never changes once assembled, held once: a procedure appears in many lists,
        /// and a copy is then one reference, not the hundreds of bytes of a whole procedure.
        private final class Storage: Sendable {
            let document: ContentDocument<Procedure>
            let field: String
            let history: [HistoryEntry]
            let searchText: String
            let foldedTitle: String
            let audiences: [Audience]

            init(document: ContentDocument<Procedure>, field: String, history: [HistoryEntry]) {
                self.document = document
                self.field = field
                self.history = history
                // What a procedure is found by: code, name, field, agencies, subjects, keywords.
                let procedure = document.metadata
                searchText = SearchText.words(
                    in: [procedure.code, procedure.title, procedure.field] + procedure.agencies + procedure.subjects + procedure.keywords)
                foldedTitle = VietnameseText.folded(document.metadata.title)
                audiences = Audience.of(document.metadata.subjects)
            }
        }

        private let storage: Storage
        /// Empty until just before the page renders, for a large site (see `SiteRenderer`).
        var body: RenderedMarkdown

        init(document: ContentDocument<Procedure>, field: String, body: RenderedMarkdown, history: [HistoryEntry]) {
            storage = Storage(document: document, field: field, history: history)
            self.body = body
        }

        var document: ContentDocument<Procedure> { storage.document }
        /// The field as the site shows it, which may be another spelling than the file's
        /// (`FieldSpellings`): what pages show and group by; open data keeps the file's own.
        var field: String { storage.field }
        /// Decisions that acted on this procedure, oldest first.
        var history: [HistoryEntry] { storage.history }
        /// Folded words search and filters match, made once.
        var searchText: String { storage.searchText }
        var foldedTitle: String { storage.foldedTitle }
        var audiences: [Audience] { storage.audiences }
        var procedure: Procedure { storage.document.metadata }
        var abolition: HistoryEntry? { history.last(where: { $0.act == .abolished }) }
        var isInForce: Bool { abolition == nil }
    }

    struct Entry<Metadata: Sendable>: Sendable {
        let document: ContentDocument<Metadata>
        let body: RenderedMarkdown
        var metadata: Metadata { document.metadata }
    }

    let settings: SiteSettings
    /// By code.
    let procedures: [ProcedureEntry]
    /// Newest first.
    let decisions: [Entry<Decision>]
    /// Newest first.
    let feedback: [Entry<FeedbackResult>]
    /// By `order`, then slug.
    let pages: [Entry<FreePage>]
    let attachments: [String]

    let proceduresByCode: [String: ProcedureEntry]
    let decisionsByNumber: [String: ContentDocument<Decision>]

    /// The newest date the content states: the date of the data, never the build clock.
    var dataDate: CalendarDate?
    /// The search's synonyms: build-site's defaults, then the editors'.
    var searchSynonyms: [SearchSynonym] = []
    /// The service-quality index, targets and reports, with the statistics computed once.
    var transparency = TransparencyFigures()
    /// Legal documents and news, linked to the procedures.
    var documentsAndNews = DocumentsAndNews()

    var proceduresInForce: [ProcedureEntry] { procedures.filter(\.isInForce) }

    /// The newest date of a decision that acted on any of these procedures.
    static func newestHistoryDate(of entries: [ProcedureEntry]) -> CalendarDate? {
        entries.compactMap { $0.history.last?.decision.metadata.issued }.max()
    }
}
