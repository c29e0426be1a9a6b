/// The values templates read about legal documents.
enum DocumentView {
    static func link(_ document: ContentDocument<RegulatoryDocument>) -> TemplateNode {
        let metadata = document.metadata
        return [
            "number": metadata.number, "title": metadata.title, "type": metadata.type.label,
            "url": DocumentsAndNewsAddress.document(document.source.baseName),
            "issued": metadata.issued.display, "issued_iso": metadata.issued.iso, "year": String(metadata.issued.year),
            "status": metadata.status.label, "status_key": metadata.status.rawValue, "in_force": !metadata.status.isOutOfForce,
        ]
    }

    /// A list's rows grouped by type, then by year of issue, in list order.
    static func groupedByType(_ entries: [AssembledSite.Entry<RegulatoryDocument>], citing: [String: [String]]) -> [TemplateNode] {
        var types: [TemplateNode] = []
        for type in RegulatoryDocumentType.allCases {
            let members = entries.filter { $0.metadata.type == type }
            guard !members.isEmpty else { continue }
            var years: [TemplateNode] = []
            var index = members.startIndex
            while index < members.endIndex {
                let year = members[index].metadata.issued.year
                let end = members[index...].firstIndex { $0.metadata.issued.year != year } ?? members.endIndex
                years.append([
                    "year": String(year), "id": "\(type.rawValue)-\(year)",
                    "documents": members[index..<end].map { entry -> TemplateNode in
                        var view = link(entry.document)
                        view["procedure_count"] = citing[entry.metadata.number]?.count ?? 0
                        return view
                    },
                ])
                index = end
            }
            types.append(["type": type.label, "id": "loai-\(type.rawValue)", "count": members.count, "years": years])
        }
        return types
    }

    static func page(_ entry: AssembledSite.Entry<RegulatoryDocument>, in site: AssembledSite) -> TemplateNode {
        let metadata = entry.metadata
        let data = site.documentsAndNews
        var view = link(entry.document)
        view["issuer"] = metadata.issuer
        view["effective"] = metadata.effective?.display
        view["effective_iso"] = metadata.effective?.iso
        view["attachment_url"] = metadata.attachment.map(SiteAddress.file)
        view["official_url"] = metadata.officialURL
        view["body_html"] = entry.body.html
        view["history"] = history(metadata, in: data)
        let citing = (data.citingCodes[metadata.number] ?? []).compactMap { site.proceduresByCode[$0] }
        view["procedure_count"] = citing.count
        view["fields"] = FieldGroup.of(citing).map { group -> TemplateNode in
            ["name": group.field, "count": group.members.count, "procedures": group.members.map(ProcedureView.summary)]
        }
        view["decisions"] = ProcedureView.container(
            site.decisions.filter { $0.metadata.implements.contains(metadata.number) }.map { DecisionView.link($0.document) })
        view["news"] = ProcedureView.container((data.newsByDocument[metadata.number] ?? []).map { NewsView.link(data.news[$0].document) })
        return view
    }

    /// What happened to the document, oldest first: issued, in force, amended, replaced or ended.
    private static func history(_ metadata: RegulatoryDocument, in data: DocumentsAndNews) -> [TemplateNode] {
        func others(_ numbers: [String]) -> [TemplateNode] {
            numbers.map { number in
                guard let other = data.documentsByNumber[number] else { return ["number": number] as TemplateNode }
                return link(other)
            }
        }
        var events: [(CalendarDate?, TemplateNode)] = [
            (metadata.issued, ["event": "Ban hành", "date": metadata.issued.display, "date_iso": metadata.issued.iso])
        ]
        if let effective = metadata.effective {
            events.append((effective, ["event": "Có hiệu lực", "date": effective.display, "date_iso": effective.iso]))
        }
        for number in metadata.amendedBy {
            let other = data.documentsByNumber[number]?.metadata
            events.append(
                (
                    other?.issued,
                    [
                        "event": "Được sửa đổi, bổ sung bởi", "date": other?.issued.display, "date_iso": other?.issued.iso,
                        "documents": others([number]),
                    ]
                ))
        }
        if !metadata.replacedBy.isEmpty || metadata.expiredOn != nil {
            let event = metadata.replacedBy.isEmpty ? "Hết hiệu lực" : "Hết hiệu lực, được thay thế bởi"
            events.append(
                (
                    metadata.expiredOn,
                    [
                        "event": event, "date": metadata.expiredOn?.display, "date_iso": metadata.expiredOn?.iso,
                        "documents": others(metadata.replacedBy),
                    ]
                ))
        }
        // A stable sort by date: an event without one keeps its place at the end of its kind.
        return events.enumerated().sorted { ($0.element.0?.iso ?? "9999", $0.offset) < ($1.element.0?.iso ?? "9999", $1.offset) }
            .map(\.element.1)
    }
}
