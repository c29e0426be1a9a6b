extension FeedbackResult {
    static let keys = [
        "id", "title", "received", "handled", "status", "submitter_type", "province", "channel", "category",
        "procedures", "regulation", "agency", "forwarded_to", "outcome", "answer_document",
    ]

    static func decode(from reader: inout FrontMatterReader, file: SourceFile) -> FeedbackResult? {
        let id = reader.requiredString("id")
        if let id {
            if id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                reader.report(.invalidFeedbackID(found: id), at: reader.location(of: "id"))
            } else if id != file.baseName {
                reader.report(.fileNameMismatch(key: "id", value: id, expectedFile: id + ".md"), at: reader.location(of: "id"))
            }
        }
        let title = reader.requiredString("title")
        let received = reader.requiredDate("received")
        let handled = reader.date("handled")
        let status: FeedbackStatus? = reader.requiredTerm("status")
        if let status, status.isClosed, !reader.has("handled") {
            reader.report(.requiredWhen(key: "handled", other: "status", value: status.rawValue), at: reader.location(of: "status"))
        }
        if let received, let handled, handled < received {
            reader.report(.dateBefore(key: "handled", other: "received"), at: reader.location(of: "handled"))
        }
        let submitterType: SubmitterType? = reader.requiredTerm("submitter_type")
        let province = reader.string("province")
        let channel: FeedbackChannel? = reader.term("channel")
        let category: FeedbackCategory? = reader.term("category")
        let procedures = reader.strings("procedures")
        for (index, code) in procedures.enumerated() where !ProcedureCode.isValid(code) {
            reader.report(
                .invalidProcedureCode(key: "procedures[\(index + 1)]", found: code), at: reader.location(of: "procedures[\(index + 1)]"))
        }
        let regulation = reader.string("regulation")
        let agency = reader.requiredString("agency")
        let forwardedTo = reader.string("forwarded_to")
        if status == .forwarded, !reader.has("forwarded_to") {
            reader.report(.requiredWhen(key: "forwarded_to", other: "status", value: "forwarded"), at: reader.location(of: "status"))
        }
        let outcome: HandlingOutcome? = reader.term("outcome")
        let answerDocument = reader.string("answer_document")
        reader.reportUnknownKeys(allowed: keys)

        guard let id, let title, let received, let status, let submitterType, let agency else { return nil }
        return FeedbackResult(
            id: id, title: title, received: received, handled: handled, status: status, submitterType: submitterType,
            province: province, channel: channel, category: category, procedures: procedures, regulation: regulation,
            agency: agency, forwardedTo: forwardedTo, outcome: outcome, answerDocument: answerDocument)
    }
}
