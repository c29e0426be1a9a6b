/// Stage 6: puts documents in the order the site lists them and links them to each other —
/// above all, each procedure to the decisions that announced, amended or abolished it.
struct SiteAssembler {
    func assemble(_ content: SiteContent, bodies: [String: RenderedMarkdown], fields: FieldSpellings) -> AssembledSite {
        func body(_ source: SourceFile) -> RenderedMarkdown { bodies[source.path] ?? .empty }

        let chronological = content.decisions.sorted {
            ($0.metadata.issued, $0.metadata.number, $0.source.path) < ($1.metadata.issued, $1.metadata.number, $1.source.path)
        }
        var history: [String: [HistoryEntry]] = [:]
        for decision in chronological {
            for code in decision.metadata.newCodes { history[code, default: []].append(HistoryEntry(act: .announced, decision: decision)) }
            for code in decision.metadata.amendedCodes {
                history[code, default: []].append(HistoryEntry(act: .amended, decision: decision))
            }
            for code in decision.metadata.abolishedCodes {
                history[code, default: []].append(HistoryEntry(act: .abolished, decision: decision))
            }
        }

        // Positions are sorted, not the documents, which are large to move; the entries,
        // each folding its search text, are made on every core.
        let documents = content.procedures
        let order = documents.indices.sorted {
            (documents[$0].metadata.code, documents[$0].source.path) < (documents[$1].metadata.code, documents[$1].source.path)
        }
        let linked = history
        let procedures = order.concurrentMap { index in
            let document = documents[index]
            return AssembledSite.ProcedureEntry(
                document: document, field: fields.shown(document.metadata.field), body: bodies[document.source.path] ?? .empty,
                history: linked[document.metadata.code] ?? [])
        }
        let decisions = content.decisions.sorted {
            ($1.metadata.issued, $0.metadata.number, $0.source.path) < ($0.metadata.issued, $1.metadata.number, $1.source.path)
        }.map { AssembledSite.Entry(document: $0, body: body($0.source)) }
        let feedback = content.feedback.sorted {
            ($1.metadata.received, $0.metadata.id, $0.source.path) < ($0.metadata.received, $1.metadata.id, $1.source.path)
        }.map { AssembledSite.Entry(document: $0, body: body($0.source)) }
        let pages = content.pages.sorted {
            ($0.metadata.order ?? Int.max, $0.metadata.slug) < ($1.metadata.order ?? Int.max, $1.metadata.slug)
        }.map { AssembledSite.Entry(document: $0, body: body($0.source)) }

        let dates =
            content.decisions.flatMap { [$0.metadata.issued, $0.metadata.effective].compactMap { $0 } }
            + content.feedback.flatMap { [$0.metadata.received, $0.metadata.handled].compactMap { $0 } }

        var site = AssembledSite(
            settings: content.settings,
            procedures: procedures,
            decisions: decisions,
            feedback: feedback,
            pages: pages,
            attachments: content.attachments,
            proceduresByCode: Dictionary(procedures.map { ($0.procedure.code, $0) }, uniquingKeysWith: { first, _ in first }),
            decisionsByNumber: Dictionary(content.decisions.map { ($0.metadata.number, $0) }, uniquingKeysWith: { first, _ in first }),
            dataDate: dates.max(),
            searchSynonyms: SearchSynonym.merged(defaults: DefaultSearchSynonyms.all, site: content.searchSynonyms))
        site.transparency = TransparencyFigures(content, procedures: procedures, dataDate: site.dataDate)
        site.documentsAndNews = DocumentsAndNews.assemble(content, bodies: bodies)
        return site
    }
}
