extension RegulatoryDocument {
    static let keys = [
        "number", "type", "title", "issuer", "issued", "effective", "status", "amended_by", "replaced_by", "expired_on",
        "attachment", "official_url",
    ]

    static func decode(from reader: inout FrontMatterReader, file: SourceFile) -> RegulatoryDocument? {
        if !Slug.isValid(file.baseName) {
            reader.report(.invalidSlug(found: file.baseName + ".md"), at: file.location())
        }
        let number = reader.requiredString("number").map(matchKey)
        let type = reader.requiredTerm("type", as: RegulatoryDocumentType.self)
        let title = reader.requiredString("title")
        let issuer = reader.requiredString("issuer")
        let issued = reader.requiredDate("issued")
        let effective = reader.date("effective")
        if let issued, let effective, effective < issued {
            reader.report(.dateBefore(key: "effective", other: "issued"), at: reader.location(of: "effective"))
        }
        let status = reader.requiredTerm("status", as: RegulatoryDocumentStatus.self)
        let amendedBy = reader.strings("amended_by").map(matchKey)
        let replacedBy = reader.strings("replaced_by").map(matchKey)
        let expiredOn = reader.date("expired_on")
        // A replaced document names what replaced it; one out of force says since when.
        if status == .replaced && replacedBy.isEmpty && !reader.has("replaced_by") {
            reader.report(.requiredWhen(key: "replaced_by", other: "status", value: "replaced"), at: reader.location(of: "status"))
        }
        if let status, status.isOutOfForce, !reader.has("expired_on") {
            reader.report(.requiredWhen(key: "expired_on", other: "status", value: status.rawValue), at: reader.location(of: "status"))
        }
        if let issued, let expiredOn, expiredOn < issued {
            reader.report(.dateBefore(key: "expired_on", other: "issued"), at: reader.location(of: "expired_on"))
        }
        let attachment = reader.string("attachment")
        let officialURL = reader.string("official_url")
        if let url = officialURL, !url.hasPrefix("https://") || url.count <= "https://".count {
            reader.report(.invalidURL(key: "official_url", found: url), at: reader.location(of: "official_url"))
        }
        reader.reportUnknownKeys(allowed: keys)

        guard let number, let type, let title, let issuer, let issued, let status else { return nil }
        return RegulatoryDocument(
            number: number, type: type, title: title, issuer: issuer, issued: issued, effective: effective, status: status,
            amendedBy: amendedBy, replacedBy: replacedBy, expiredOn: expiredOn, attachment: attachment,
            officialURL: officialURL.map(PercentEncoding.address))
    }
}
