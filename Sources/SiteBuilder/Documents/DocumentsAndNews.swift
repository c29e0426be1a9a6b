/// Legal documents and news as the site shows them: in list order, and linked to the
/// procedures that cite them or that they name.
struct DocumentsAndNews: Sendable {
    /// By type (law first), then newest first, then number.
    var documents: [AssembledSite.Entry<RegulatoryDocument>] = []
    /// Newest first, then by slug.
    var news: [AssembledSite.Entry<NewsItem>] = []
    var documentsByNumber: [String: ContentDocument<RegulatoryDocument>] = [:]
    /// The codes of the procedures whose legal basis names each document, by number, sorted.
    var citingCodes: [String: [String]] = [:]
    /// The positions in `news` of the items naming each procedure, by code, and each document, by number.
    var newsByProcedure: [String: [Int]] = [:]
    var newsByDocument: [String: [Int]] = [:]
    /// The checked images of news items, by path.
    var images: [String: NewsImage] = [:]

    static func assemble(_ content: SiteContent, bodies: [String: RenderedMarkdown]) -> DocumentsAndNews {
        var result = DocumentsAndNews()
        let typeOrder = Dictionary(uniqueKeysWithValues: RegulatoryDocumentType.allCases.enumerated().map { ($1, $0) })
        result.documents = content.documents.sorted {
            let (a, b) = ($0.metadata, $1.metadata)
            return (typeOrder[a.type] ?? 0, b.issued, a.number, $0.source.path) < (
                typeOrder[b.type] ?? 0, a.issued, b.number, $1.source.path
            )
        }.map { AssembledSite.Entry(document: $0, body: bodies[$0.source.path] ?? .empty) }
        result.news = content.news.sorted {
            ($1.metadata.date, $0.source.baseName) < ($0.metadata.date, $1.source.baseName)
        }.map { AssembledSite.Entry(document: $0, body: bodies[$0.source.path] ?? .empty) }
        result.documentsByNumber = Dictionary(content.documents.map { ($0.metadata.number, $0) }, uniquingKeysWith: { first, _ in first })
        guard !content.documents.isEmpty || !content.news.isEmpty else { return result }
        var citing: [String: Set<String>] = [:]
        for document in content.procedures {
            for basis in document.metadata.legalBasis {
                let number = RegulatoryDocument.matchKey(basis.number)
                if result.documentsByNumber[number] != nil { citing[number, default: []].insert(document.metadata.code) }
            }
        }
        result.citingCodes = citing.mapValues { $0.sorted() }
        for (index, entry) in result.news.enumerated() {
            for code in Set(entry.metadata.procedures) { result.newsByProcedure[code, default: []].append(index) }
            for number in Set(entry.metadata.documents) { result.newsByDocument[number, default: []].append(index) }
        }
        result.images = content.newsImages
        return result
    }

    /// The document a legal basis entry names, if the site has it.
    func document(cited number: String) -> ContentDocument<RegulatoryDocument>? {
        documentsByNumber.isEmpty ? nil : documentsByNumber[RegulatoryDocument.matchKey(number)]
    }
}
