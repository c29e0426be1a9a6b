/// The values templates read about procedures.
enum ProcedureView {
    /// A line of a list: code, name, levels and online level, with links.
    static func summary(_ entry: AssembledSite.ProcedureEntry) -> TemplateNode {
        let procedure = entry.procedure
        return [
            "code": procedure.code,
            "title": procedure.title,
            "url": SiteAddress.procedure(procedure.code),
            "field": entry.field,
            "levels": procedure.levels.map(\.label).joined(separator: ", "),
            "online": online(procedure),
            "abolished": !entry.isInForce,
            // What the catalogue's filters and text search read from each row.
            "filter": [
                "field": fieldID(entry.field),
                "levels": procedure.levels.map(\.rawValue).joined(separator: " "),
                "audiences": entry.audiences.map(\.rawValue).joined(separator: " "),
                "title": entry.foldedTitle,
                "text": entry.searchText,
            ] as TemplateNode,
        ]
    }

    static func online(_ procedure: Procedure) -> TemplateNode {
        [
            "level": procedure.online.rawValue,
            "label": procedure.online.label,
            "is_full": procedure.online == .full,
            "is_partial": procedure.online == .partial,
            "is_available": procedure.online != .none,
            "url": procedure.onlineURL,
        ]
    }

    /// Everything the procedure page shows.
    static func page(_ entry: AssembledSite.ProcedureEntry, in site: AssembledSite) -> TemplateNode {
        let procedure = entry.procedure
        var view = summary(entry)
        view["title_en"] = procedure.titleEnglish
        view["level_list"] = procedure.levels.map(\.label)
        view["agencies"] = procedure.agencies
        view["competent_agencies"] = procedure.competentAgencies
        view["coordinating_agencies"] = procedure.coordinatingAgencies
        view["delegated_agencies"] = procedure.delegatedAgencies
        view["subjects"] = procedure.subjects
        view["procedure_type"] = procedure.procedureType
        view["channels"] = procedure.channels.map { channel -> TemplateNode in
            ["method": channel.method.label, "time": channel.time, "fee": channel.fee ?? "Không"]
        }
        view["body_html"] = entry.body.html
        view["forms"] = container(
            procedure.forms.map { form -> TemplateNode in
                ["title": form.title, "code": form.code, "url": form.file.map(SiteAddress.file)]
            })
        view["results"] = container(procedure.results.map { ["title": $0.title, "code": $0.code] as TemplateNode })
        view["legal_basis"] = container(
            procedure.legalBasis.map { document -> TemplateNode in
                var row: TemplateNode = ["number": document.number, "title": document.title, "issued": document.issued?.display]
                if let cited = site.documentsAndNews.document(cited: document.number) {
                    row["url"] = DocumentsAndNewsAddress.document(cited.source.baseName)
                    row["out_of_force"] = cited.metadata.status.isOutOfForce ? cited.metadata.status.label : nil
                }
                return row
            })
        view["news"] = ProcedureView.container(
            (site.documentsAndNews.newsByProcedure[procedure.code] ?? []).map {
                NewsView.link(site.documentsAndNews.news[$0].document)
            })
        view["keywords"] = procedure.keywords
        view["related"] = container(procedure.related.compactMap { site.proceduresByCode[$0].map(summary) })
        view["history"] = entry.history.map { item in
            var decision = DecisionView.link(item.decision)
            decision["act"] = item.act.label
            decision["act_key"] = item.act.rawValue
            return decision
        }
        if let abolition = entry.abolition {
            view["abolition"] = DecisionView.link(abolition.decision)
        }
        if let decision = procedure.onlineDecision.flatMap({ site.decisionsByNumber[$0] }) {
            view["online_decision"] = DecisionView.link(decision)
        }
        view["toc"] = tableOfContents(entry)
        return view
    }

    /// A list that the page shows inside its own section: `{items: [...]}`, or `NoValue`
    /// when empty so that `{{#forms}}` leaves the whole section out.
    static func container(_ items: [TemplateNode]) -> any TemplateValue {
        items.isEmpty ? NoValue() : ["items": items] as TemplateNode
    }

    /// The sections the page has, in page order, with the body's second-level headings
    /// after the channels, where the law's order puts the steps and the dossier.
    static func tableOfContents(_ entry: AssembledSite.ProcedureEntry) -> [TemplateNode] {
        let procedure = entry.procedure
        func item(_ section: ProcedureSection) -> TemplateNode { ["id": section.rawValue, "title": section.title] }
        var items = [item(.summary), item(.channels)]
        items += entry.body.headings.filter { $0.level == 2 }.map { ["id": $0.id, "title": $0.text] }
        if !procedure.forms.isEmpty { items.append(item(.forms)) }
        if !procedure.results.isEmpty { items.append(item(.results)) }
        if !procedure.legalBasis.isEmpty { items.append(item(.legalBasis)) }
        if !procedure.related.isEmpty { items.append(item(.related)) }
        items.append(item(.history))
        return items
    }

    /// The anchor of a field's group in the catalogue, also the value its filter uses.
    static func fieldID(_ field: String) -> String { "linh-vuc-" + VietnameseText.slug(field) }

    /// The catalogue's filter choices, each a value and what the page shows for it.
    static func filterChoices(_ entries: [AssembledSite.ProcedureEntry]) -> TemplateNode {
        func choices<Term: Vocabulary>(_ terms: [Term]) -> [TemplateNode] {
            terms.map { ["value": $0.rawValue, "label": $0.label] as TemplateNode }
        }
        let fields = Set(entries.map(\.field)).sorted(by: VietnameseText.precedes)
        return [
            // A field's own page leaves this choice out.
            "by_field": true,
            "fields": fields.map { ["value": fieldID($0), "label": $0] as TemplateNode },
            "levels": choices(AdministrativeLevel.allCases),
            "online": choices(OnlineLevel.allCases),
            "audiences": choices(Audience.allCases),
        ]
    }

    /// Procedures grouped under their field, fields in Vietnamese alphabetical order, each
    /// with the address of the field's own pages.
    static func groupedByField(_ entries: [AssembledSite.ProcedureEntry]) -> [TemplateNode] {
        FieldGroup.of(entries).map { group in
            [
                "name": group.field,
                "id": fieldID(group.field),
                "url": SiteAddress.field(group.field),
                "count": group.members.count,
                "procedures": group.members.map(summary),
            ]
        }
    }
}
