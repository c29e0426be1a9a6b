import Foundation

/// The search index at `/tim-kiem/chi-muc.json`: procedures in force, by code, with field
/// names stored once and the folded text the search script matches against:
///
///     {"fields":["…"],"procedures":[{"code":"…","field":0,"online":"full","text":"…","title":"…"}]}
///
/// Written entry by entry, in the open data's JSON style (keys sorted, no spaces): a tree of
/// the whole index would hold tens of megabytes at fifty thousand procedures.
enum SearchIndex {
    static let address = "/tim-kiem/chi-muc.json"

    static func json(for site: AssembledSite) -> Data {
        let inForce = site.proceduresInForce
        let fields = Array(Set(inForce.map(\.procedure.field))).sorted(by: VietnameseText.precedes)
        let fieldIndex = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1, $0) })
        var bytes: [UInt8] = []
        bytes.reserveCapacity(inForce.count * 256)
        bytes += #"{"fields":["#.utf8
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CompactJSON.appendString(field, to: &bytes)
        }
        bytes += #"],"procedures":["#.utf8
        for (index, entry) in inForce.enumerated() {
            let procedure = entry.procedure
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += #"{"code":"#.utf8
            CompactJSON.appendString(procedure.code, to: &bytes)
            bytes += #","field":"#.utf8
            bytes += String(fieldIndex[procedure.field] ?? 0).utf8
            bytes += #","online":"#.utf8
            CompactJSON.appendString(procedure.online.rawValue, to: &bytes)
            bytes += #","text":"#.utf8
            CompactJSON.appendString(entry.searchText, to: &bytes)
            bytes += #","title":"#.utf8
            CompactJSON.appendString(procedure.title, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes += "]}\n".utf8
        return Data(bytes)
    }
}
