import Foundation

/// The search index at `/tim-kiem/chi-muc.json`: procedures in force, by code, with field
/// names stored once and the folded text the search script matches against.
enum SearchIndex {
    static let address = "/tim-kiem/chi-muc.json"

    private struct Document: Encodable {
        struct Entry: Encodable {
            let code: String
            let title: String
            let field: Int
            let online: String
            let text: String
        }

        let fields: [String]
        let procedures: [Entry]
    }

    static func json(for site: AssembledSite) -> Data {
        let inForce = site.proceduresInForce
        let fields = Array(Set(inForce.map(\.procedure.field))).sorted(by: VietnameseText.precedes)
        let fieldIndex = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1, $0) })
        let document = Document(
            fields: fields,
            procedures: inForce.map { entry in
                let procedure = entry.procedure
                return Document.Entry(
                    code: procedure.code, title: procedure.title, field: fieldIndex[procedure.field] ?? 0,
                    online: procedure.online.rawValue, text: entry.searchText)
            })
        return OpenDataEncoder.encode(document)
    }
}
