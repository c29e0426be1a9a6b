import Foundation

/// The search index at `/tim-kiem/chi-muc.json`: procedures in force, by code, with field
/// names stored once (each field as the site shows it) and the folded text the search script
/// matches against:
///
///     {"fields":["…"],"procedures":[{"code":"…","field":0,"keywords":"…","online":"full","text":"…","title":"…"}],
///      "synonyms":{"oneWay":[["làm lại","cấp lại"]],"same":[["BHXH","bảo hiểm xã hội"]]}}
///
/// `keywords` (folded, only when the procedure has some) lets the script weigh them with the
/// title, above the rest of `text`; the script counts words itself, so the index carries no
/// frequencies. `synonyms` are the phrases as written, the defaults then the editors'; a
/// one-way entry lists the phrases typed, then the one they mean. Legal documents and news
/// (`documents` before `fields`, `news` before `procedures`) are there only when the site has
/// some: `DocumentsAndNewsSearch`.
///
/// Written entry by entry, in the open data's JSON style (keys sorted, no spaces), and handed
/// on a piece at a time: at fifty thousand procedures the index is over 20 MB, and a tree of
/// it, or even its whole text, raised the build's peak memory.
enum SearchIndex {
    static let address = "/tim-kiem/chi-muc.json"

    /// The whole index at once: the pieces `write` hands on, joined.
    static func json(for site: AssembledSite) -> Data {
        var data = Data()
        write(for: site) { data.append($0) }
        return data
    }

    /// Hands the index on in pieces of about `pieceSize` bytes (a whole procedure's entry
    /// more at most), in order.
    static func write<Failure: Error>(
        for site: AssembledSite, pieceSize: Int = 1 << 20, to write: (Data) throws(Failure) -> Void
    ) throws(Failure) {
        let inForce = site.proceduresInForce
        let fields = Array(Set(inForce.map(\.field))).sorted(by: VietnameseText.precedes)
        let fieldIndex = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1, $0) })
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieceSize + 4096)
        bytes.append(UInt8(ascii: "{"))
        DocumentsAndNewsSearch.appendDocuments(site.documentsAndNews, to: &bytes)
        bytes += #""fields":["#.utf8
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CompactJSON.appendString(field, to: &bytes)
        }
        bytes += #"],"#.utf8
        DocumentsAndNewsSearch.appendNews(site.documentsAndNews, to: &bytes)
        bytes += #""procedures":["#.utf8
        for (index, entry) in inForce.enumerated() {
            let procedure = entry.procedure
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += #"{"code":"#.utf8
            CompactJSON.appendString(procedure.code, to: &bytes)
            bytes += #","field":"#.utf8
            bytes += String(fieldIndex[entry.field] ?? 0).utf8
            if !procedure.keywords.isEmpty {
                bytes += #","keywords":"#.utf8
                CompactJSON.appendString(SearchText.words(in: procedure.keywords), to: &bytes)
            }
            bytes += #","online":"#.utf8
            CompactJSON.appendString(procedure.online.rawValue, to: &bytes)
            bytes += #","text":"#.utf8
            CompactJSON.appendString(entry.searchText, to: &bytes)
            bytes += #","title":"#.utf8
            CompactJSON.appendString(procedure.title, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
            if bytes.count >= pieceSize {
                try write(Data(bytes))
                bytes.removeAll(keepingCapacity: true)
            }
        }
        bytes += #"],"synonyms":"#.utf8
        appendSynonyms(site.searchSynonyms, to: &bytes)
        bytes += "}\n".utf8
        try write(Data(bytes))
    }

    /// `{"oneWay":[[…]],"same":[[…]]}`, each kind in the order written.
    private static func appendSynonyms(_ synonyms: [SearchSynonym], to bytes: inout [UInt8]) {
        func list(_ kind: SearchSynonym.Kind) {
            bytes.append(UInt8(ascii: "["))
            for (index, synonym) in synonyms.filter({ $0.kind == kind }).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: "["))
                for (position, phrase) in synonym.phrases.enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: ",")) }
                    CompactJSON.appendString(phrase, to: &bytes)
                }
                bytes.append(UInt8(ascii: "]"))
            }
            bytes.append(UInt8(ascii: "]"))
        }
        bytes += #"{"oneWay":"#.utf8
        list(.oneWay)
        bytes += #","same":"#.utf8
        list(.same)
        bytes.append(UInt8(ascii: "}"))
    }
}
