/// The values templates read about announcing decisions.
enum DecisionView {
    static func link(_ document: ContentDocument<Decision>) -> TemplateNode {
        let decision = document.metadata
        return [
            "number": decision.number,
            "title": decision.title,
            "url": SiteAddress.decision(document.source.baseName),
            "issued": decision.issued.display,
            "issued_iso": decision.issued.iso,
        ]
    }

    static func summary(_ entry: AssembledSite.Entry<Decision>) -> TemplateNode {
        var view = link(entry.document)
        let decision = entry.metadata
        view["issuer"] = decision.issuer
        view["counts"] =
            [
                "new": decision.newCodes.count, "amended": decision.amendedCodes.count,
                "abolished": decision.abolishedCodes.count,
            ] as TemplateNode
        return view
    }

    static func page(_ entry: AssembledSite.Entry<Decision>, in site: AssembledSite) -> TemplateNode {
        var view = summary(entry)
        let decision = entry.metadata
        view["effective"] = (decision.effective?.display)
        view["effective_iso"] = (decision.effective?.iso)
        view["signer"] = decision.signer
        view["attachment_url"] = decision.attachment.map(SiteAddress.file)
        view["body_html"] = entry.body.html
        let groups: [(String, String, [String])] = [
            ("moi", "Thủ tục hành chính mới ban hành", decision.newCodes),
            ("sua-doi", "Thủ tục hành chính được sửa đổi, bổ sung, thay thế", decision.amendedCodes),
            ("bai-bo", "Thủ tục hành chính bị bãi bỏ", decision.abolishedCodes),
        ]
        view["groups"] = groups.filter { !$0.2.isEmpty }.map { id, title, codes in
            [
                "id": id, "title": title, "count": codes.count,
                "procedures": codes.compactMap { site.proceduresByCode[$0].map(ProcedureView.summary) },
            ] as TemplateNode
        }
        return view
    }
}
