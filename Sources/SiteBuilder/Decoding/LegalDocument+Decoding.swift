extension LegalDocument {
    static func decode(from reader: inout FrontMatterReader) -> LegalDocument? {
        let number = reader.requiredString("number")
        let title = reader.requiredString("title")
        let issued = reader.date("issued")
        reader.reportUnknownKeys(allowed: ["number", "title", "issued"])
        guard let number, let title else { return nil }
        return LegalDocument(number: number, title: title, issued: issued)
    }
}
