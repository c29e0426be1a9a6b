/// The search index's entries for legal documents (found by number and title) and news
/// (by title and summary): `"documents":[{"text":"…","title":"…","url":"…"}],` each with the
/// folded words the search script matches, present only when the site has some, so a site
/// without them keeps the index it had.
enum DocumentsAndNewsSearch {
    static func appendDocuments(_ data: DocumentsAndNews, to bytes: inout [UInt8]) {
        append(
            "documents",
            data.documents.map { entry in
                let metadata = entry.metadata
                return (
                    "\(metadata.type.label) số \(metadata.number)", "\(metadata.number) \(metadata.title)",
                    DocumentsAndNewsAddress.document(entry.document.source.baseName), metadata.title
                )
            }, to: &bytes)
    }

    static func appendNews(_ data: DocumentsAndNews, to bytes: inout [UInt8]) {
        append(
            "news",
            data.news.map { entry in
                (
                    entry.metadata.title, "\(entry.metadata.title) \(entry.metadata.summary)",
                    DocumentsAndNewsAddress.newsItem(entry.document.source.baseName), entry.metadata.date.display
                )
            }, to: &bytes)
    }

    /// `"<key>":[{"detail":…,"text":…,"title":…,"url":…},…],`, or nothing for an empty list.
    private static func append(
        _ key: String, _ entries: [(title: String, text: String, url: String, detail: String)], to bytes: inout [UInt8]
    ) {
        guard !entries.isEmpty else { return }
        CompactJSON.appendString(key, to: &bytes)
        bytes += ":[".utf8
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += #"{"detail":"#.utf8
            CompactJSON.appendString(entry.detail, to: &bytes)
            bytes += #","text":"#.utf8
            CompactJSON.appendString(SearchText.words(in: [entry.text]), to: &bytes)
            bytes += #","title":"#.utf8
            CompactJSON.appendString(entry.title, to: &bytes)
            bytes += #","url":"#.utf8
            CompactJSON.appendString(entry.url, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes += "],".utf8
    }
}
