/// The values templates read about feedback handling results.
enum FeedbackView {
    static func summary(_ entry: AssembledSite.Entry<FeedbackResult>) -> TemplateNode {
        let result = entry.metadata
        return [
            "id": result.id,
            "title": result.title,
            "url": SiteAddress.feedback(result.id),
            "status": result.status.label,
            "status_key": result.status.rawValue,
            "received": result.received.display,
            "received_iso": result.received.iso,
            "handled": result.handled?.display,
            "handled_iso": result.handled?.iso,
        ]
    }

    static func page(_ entry: AssembledSite.Entry<FeedbackResult>, in site: AssembledSite) -> TemplateNode {
        let result = entry.metadata
        var view = summary(entry)
        view["submitter_type"] = result.submitterType.label
        view["province"] = result.province
        view["channel"] = (result.channel?.label)
        view["category"] = (result.category?.label)
        view["regulation"] = result.regulation
        view["agency"] = result.agency
        view["forwarded_to"] = result.forwardedTo
        view["outcome"] = (result.outcome?.label)
        view["answer_document"] = result.answerDocument
        view["procedures"] = result.procedures.compactMap { site.proceduresByCode[$0].map(ProcedureView.summary) }
        view["body_html"] = entry.body.html
        return view
    }
}
