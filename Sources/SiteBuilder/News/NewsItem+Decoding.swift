extension NewsItem {
    static let keys = ["title", "date", "summary", "image", "image_alt", "tags", "procedures", "documents"]

    static func decode(from reader: inout FrontMatterReader, file: SourceFile) -> NewsItem? {
        if !Slug.isValid(file.baseName) {
            reader.report(.invalidSlug(found: file.baseName + ".md"), at: file.location())
        }
        let title = reader.requiredString("title")
        let date = reader.requiredDate("date")
        let summary = reader.requiredString("summary")
        if let summary, summary.count > summaryLimit {
            reader.report(.summaryTooLong(length: summary.count, limit: summaryLimit), at: reader.location(of: "summary"))
        }
        let image = reader.string("image")
        let imageAlt = reader.string("image_alt")
        // An image without a text alternative says nothing to a citizen who cannot see it. An
        // empty plain value is reported as such by the reader.
        if let image, !reader.has("image_alt") || imageAlt?.isEmpty == true {
            reader.report(.imageWithoutAlt(path: image), at: reader.location(of: reader.has("image_alt") ? "image_alt" : "image"))
        }
        let tags = reader.strings("tags")
        let procedures = reader.strings("procedures")
        for (index, code) in procedures.enumerated() where !ProcedureCode.isValid(code) {
            reader.report(
                .invalidProcedureCode(key: "procedures[\(index + 1)]", found: code), at: reader.location(of: "procedures[\(index + 1)]"))
        }
        let documents = reader.strings("documents").map(RegulatoryDocument.matchKey)
        reader.reportUnknownKeys(allowed: keys)

        guard let title, let date, let summary else { return nil }
        return NewsItem(
            title: title, date: date, summary: summary, image: image, imageAlt: imageAlt, tags: tags,
            procedures: procedures.filter(ProcedureCode.isValid), documents: documents)
    }
}
