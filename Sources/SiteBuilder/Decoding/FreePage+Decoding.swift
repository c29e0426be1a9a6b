extension FreePage {
    static let keys = ["title", "description", "order", "extra"]

    static func decode(from reader: inout FrontMatterReader, file: SourceFile) -> FreePage? {
        let slug = file.baseName
        if !Slug.isValid(slug) {
            reader.report(.invalidSlug(found: slug + ".md"), at: file.location())
        }
        let title = reader.requiredString("title")
        let description = reader.string("description")
        let order = reader.integer("order")
        let extra = reader.extra("extra")
        reader.reportUnknownKeys(allowed: keys)
        return title.map { FreePage(slug: slug, title: $0, description: description, order: order, extra: extra) }
    }
}
