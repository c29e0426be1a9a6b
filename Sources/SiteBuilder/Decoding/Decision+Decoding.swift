extension Decision {
    static let keys = [
        "number", "title", "issued", "effective", "issuer", "signer", "new", "amended", "abolished", "attachment", "implements",
    ]

    static func decode(from reader: inout FrontMatterReader, file: SourceFile) -> Decision? {
        if !Slug.isValid(file.baseName) {
            reader.report(.invalidSlug(found: file.baseName + ".md"), at: file.location())
        }
        let number = reader.requiredString("number")
        let title = reader.requiredString("title")
        let issued = reader.requiredDate("issued")
        if let issued, let fileYear = Scaffold.decisionFileYear(file.baseName), fileYear != issued.year {
            let parts = file.baseName.split(separator: "-", omittingEmptySubsequences: false)
            let renamed = (parts[..<2] + [Substring(String(issued.year))] + parts[3...]).joined(separator: "-")
            reader.report(
                .decisionYearMismatch(fileYear: fileYear, issuedYear: issued.year, expectedFile: renamed + ".md"),
                at: reader.location(of: "issued"))
        }
        let effective = reader.date("effective")
        if let issued, let effective, effective < issued {
            reader.report(.dateBefore(key: "effective", other: "issued"), at: reader.location(of: "effective"))
        }
        let issuer = reader.requiredString("issuer")
        let signer = reader.string("signer")
        var codes: [String: [String]] = [:]
        for key in ["new", "amended", "abolished"] {
            codes[key] = reader.strings(key)
            for (index, code) in codes[key, default: []].enumerated() where !ProcedureCode.isValid(code) {
                reader.report(
                    .invalidProcedureCode(key: "\(key)[\(index + 1)]", found: code), at: reader.location(of: "\(key)[\(index + 1)]"))
            }
        }
        let attachment = reader.string("attachment")
        let implements = reader.strings("implements").map(RegulatoryDocument.matchKey)
        reader.reportUnknownKeys(allowed: keys)

        guard let number, let title, let issued, let issuer else { return nil }
        var decision = Decision(
            number: number, title: title, issued: issued, effective: effective, issuer: issuer, signer: signer,
            newCodes: codes["new", default: []], amendedCodes: codes["amended", default: []],
            abolishedCodes: codes["abolished", default: []], attachment: attachment)
        decision.implements = implements
        return decision
    }
}
