extension Procedure {
    static let keys = [
        "code", "title", "title_en", "field", "levels", "agency", "competent_agency", "coordinating_agency",
        "delegated_agency", "subjects", "procedure_type", "online", "online_url", "online_decision", "channels",
        "results", "forms", "legal_basis", "keywords", "related",
    ]

    /// Reads a procedure's front matter; nil when a required part is missing or malformed.
    static func decode(from reader: inout FrontMatterReader, file: SourceFile) -> Procedure? {
        let code = reader.requiredString("code")
        if let code {
            if !ProcedureCode.isValid(code) {
                reader.report(.invalidProcedureCode(key: "code", found: code), at: reader.location(of: "code"))
            } else if code != file.baseName {
                reader.report(.fileNameMismatch(key: "code", value: code, expectedFile: code + ".md"), at: reader.location(of: "code"))
            }
        }
        let title = reader.requiredString("title")
        let titleEnglish = reader.string("title_en")
        let field = reader.requiredString("field")
        let levels: [AdministrativeLevel] = reader.terms("levels", required: true)
        let agencies = reader.strings("agency", required: true, acceptsSingle: true)
        let competent = reader.strings("competent_agency", acceptsSingle: true)
        let coordinating = reader.strings("coordinating_agency", acceptsSingle: true)
        let delegated = reader.strings("delegated_agency", acceptsSingle: true)
        let subjects = reader.strings("subjects", required: true)
        let procedureType = reader.string("procedure_type")
        let online: OnlineLevel? = reader.requiredTerm("online")
        let onlineURL = reader.string("online_url")
        let onlineDecision = reader.string("online_decision")
        if let online, online != .none {
            if !reader.has("online_url") {
                reader.report(.requiredWhen(key: "online_url", other: "online", value: online.rawValue), at: reader.location(of: "online"))
            } else if let onlineURL, !onlineURL.hasPrefix("https://") || onlineURL.count <= "https://".count {
                reader.report(.invalidURL(key: "online_url", found: onlineURL), at: reader.location(of: "online_url"))
            }
        }
        let channels = reader.records("channels", required: true, decode: Channel.decode)
        var seenMethods: Set<ChannelMethod> = []
        for (index, channel) in channels.enumerated() where !seenMethods.insert(channel.method).inserted {
            reader.report(
                .repeatedValue(key: "channels", value: channel.method.rawValue), at: reader.location(of: "channels[\(index + 1)]"))
        }
        let results = reader.records("results", decode: ProcedureResult.decode)
        let forms = reader.records("forms", decode: ProcedureForm.decode)
        let legalBasis = reader.records("legal_basis", decode: LegalDocument.decode)
        let keywords = reader.strings("keywords")
        let related = reader.strings("related")
        for (index, relatedCode) in related.enumerated() where !ProcedureCode.isValid(relatedCode) {
            reader.report(
                .invalidProcedureCode(key: "related[\(index + 1)]", found: relatedCode), at: reader.location(of: "related[\(index + 1)]"))
        }
        reader.reportUnknownKeys(allowed: keys)

        guard let code, let title, let field, let online, !levels.isEmpty, !agencies.isEmpty, !subjects.isEmpty,
            !channels.isEmpty
        else { return nil }
        return Procedure(
            code: code, title: title, titleEnglish: titleEnglish, field: field, levels: levels, agencies: agencies,
            competentAgencies: competent, coordinatingAgencies: coordinating, delegatedAgencies: delegated,
            subjects: subjects, procedureType: procedureType, online: online,
            onlineURL: online == .none ? nil : onlineURL.map(PercentEncoding.address),
            onlineDecision: onlineDecision, channels: channels, results: results, forms: forms, legalBasis: legalBasis,
            keywords: keywords, related: related)
    }
}
