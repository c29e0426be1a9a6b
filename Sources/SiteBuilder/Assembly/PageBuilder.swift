/// Stage 6, second half: every page of the site, each with its template and the values it
/// reads, in a fixed order.
struct PageBuilder {
    let site: AssembledSite
    let datasets: [Dataset]

    /// How many decisions and results the home page shows.
    static let latestCount = 5

    /// Every page, in a fixed order, each built only when it is about to render.
    func pages() -> [PageRenderer.Source] {
        var pages: [PageRenderer.Source] = [
            home, catalogue, search, onlineServices, decisionList, feedbackList, openData, notFound,
        ]
        pages += site.procedures.map { entry in { procedure(entry) } }
        pages += site.decisions.map { entry in { decision(entry) } }
        pages += site.feedback.map { entry in { feedback(entry) } }
        pages += site.pages.map { entry in { freePage(entry) } }
        return pages
    }

    /// The pages of these procedures alone: what a rebuild after editing their bodies redoes.
    func procedurePages(_ codes: Set<String>) -> [PageRenderer.Source] {
        site.procedures.filter { codes.contains($0.procedure.code) }.map { entry in { procedure(entry) } }
    }

    // MARK: Pages

    private func home() -> OutputPage {
        let inForce = site.proceduresInForce
        let figures: [String: Any] = [
            "in_force": inForce.count,
            "full": inForce.filter { $0.procedure.online == .full }.count,
            "partial": inForce.filter { $0.procedure.online == .partial }.count,
            "decisions": site.decisions.count,
            "feedback": site.feedback.count,
        ]
        return page(
            SiteAddress.home, template: "home", title: site.settings.title, description: site.settings.description,
            trail: [],
            [
                "figures": figures,
                "decisions": site.decisions.prefix(Self.latestCount).map(DecisionView.summary),
                "items": site.feedback.prefix(Self.latestCount).map(FeedbackView.summary),
                "pages": site.pages.map { ["title": $0.metadata.title, "url": SiteAddress.page($0.metadata.slug)] },
            ]
        ).modified(site.dataDate)
    }

    private func catalogue() -> OutputPage {
        let inForce = site.proceduresInForce
        return page(
            SiteAddress.catalogue, template: "catalogue", title: "Thủ tục hành chính",
            description: "Danh mục \(inForce.count) thủ tục hành chính đang có hiệu lực, theo lĩnh vực.", trail: [],
            [
                "total": inForce.count, "fields": ProcedureView.groupedByField(inForce),
                "filters": ProcedureView.filterChoices(inForce),
            ]
        ).modified(AssembledSite.newestHistoryDate(of: inForce))
    }

    private func search() -> OutputPage {
        page(
            SiteAddress.search, template: "search", title: "Tìm kiếm thủ tục hành chính",
            description: "Tìm thủ tục hành chính theo mã, tên, lĩnh vực, cơ quan, đối tượng, có dấu hoặc không dấu.",
            trail: [], ["index_url": SearchIndex.address, "total": site.proceduresInForce.count])
    }

    private func onlineServices() -> OutputPage {
        let inForce = site.proceduresInForce
        func section(_ level: OnlineLevel) -> [String: Any] {
            let members = inForce.filter { $0.procedure.online == level }
            return ["count": members.count, "fields": ProcedureView.groupedByField(members)]
        }
        return page(
            SiteAddress.onlineServices, template: "online-services", title: "Dịch vụ công trực tuyến",
            description: "Danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình và một phần theo Nghị định 42/2022/NĐ-CP.",
            trail: [], ["full": section(.full), "partial": section(.partial), "portal_url": site.settings.portalURL.templateValue]
        ).modified(AssembledSite.newestHistoryDate(of: inForce.filter { $0.procedure.online != .none }))
    }

    private func decisionList() -> OutputPage {
        page(
            SiteAddress.decisions, template: "decisions", title: "Quyết định công bố thủ tục hành chính",
            description: "Các quyết định công bố thủ tục hành chính mới, sửa đổi, bổ sung và bãi bỏ, mới nhất trước.",
            trail: [], ["decisions": site.decisions.map(DecisionView.summary), "count": site.decisions.count]
        ).modified(site.decisions.map(\.metadata.issued).max())
    }

    private func feedbackList() -> OutputPage {
        page(
            SiteAddress.feedback, template: "feedback-list", title: "Kết quả xử lý phản ánh, kiến nghị",
            description: "Kết quả xử lý phản ánh, kiến nghị về quy định hành chính, mới nhất trước.", trail: [],
            ["items": site.feedback.map(FeedbackView.summary), "count": site.feedback.count]
        ).modified(site.feedback.map { $0.metadata.handled ?? $0.metadata.received }.max())
    }

    private func openData() -> OutputPage {
        page(
            Dataset.folder, template: "open-data", title: "Dữ liệu mở",
            description: "Dữ liệu mở về thủ tục hành chính, dịch vụ công trực tuyến, quyết định công bố và kết quả xử lý phản ánh, kiến nghị: JSON, CSV, miễn phí, không cần đăng nhập.",
            trail: [],
            [
                "datasets": datasets.map { dataset in
                    [
                        "name": dataset.name, "title": dataset.title, "description": dataset.description,
                        "count": dataset.count, "modified": (dataset.modified?.display).templateValue,
                        "modified_iso": (dataset.modified?.iso).templateValue, "json_url": dataset.jsonAddress,
                        "csv_url": dataset.csvAddress, "schema_url": dataset.schemaAddress,
                        "json_size": kilobytes(dataset.json.count), "csv_size": kilobytes(dataset.csv.count),
                    ] as [String: Any]
                },
                "list_separator": CSVTable.itemSeparator, "field_separator": CSVTable.fieldSeparator,
            ]
        ).modified(datasets.compactMap(\.modified).max())
    }

    private func kilobytes(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) B" : "\((bytes + 512) / 1024) KB"
    }

    private func notFound() -> OutputPage {
        page(SiteAddress.notFound, template: "404", title: "Không tìm thấy trang", description: nil, trail: [], [:])
    }

    private func procedure(_ entry: AssembledSite.ProcedureEntry) -> OutputPage {
        let procedure = entry.procedure
        return page(
            SiteAddress.procedure(procedure.code), template: "procedure", title: procedure.title,
            description: "Thủ tục \(procedure.code): \(procedure.title). Lĩnh vực \(procedure.field).",
            trail: [("Thủ tục hành chính", SiteAddress.catalogue)],
            ["procedure": ProcedureView.page(entry, in: site)]
        ).modified(entry.history.last?.decision.metadata.issued)
    }

    private func decision(_ entry: AssembledSite.Entry<Decision>) -> OutputPage {
        page(
            SiteAddress.decision(entry.document.source.baseName), template: "decision",
            title: "Quyết định số \(entry.metadata.number)", description: entry.metadata.title,
            trail: [("Quyết định công bố", SiteAddress.decisions)],
            ["decision": DecisionView.page(entry, in: site)]
        ).modified(entry.metadata.issued)
    }

    private func feedback(_ entry: AssembledSite.Entry<FeedbackResult>) -> OutputPage {
        page(
            SiteAddress.feedback(entry.metadata.id), template: "feedback", title: entry.metadata.title,
            description: "Kết quả xử lý phản ánh, kiến nghị \(entry.metadata.id).",
            trail: [("Phản ánh, kiến nghị", SiteAddress.feedback)],
            ["feedback": FeedbackView.page(entry, in: site)]
        ).modified(entry.metadata.handled ?? entry.metadata.received)
    }

    private func freePage(_ entry: AssembledSite.Entry<FreePage>) -> OutputPage {
        page(
            SiteAddress.page(entry.metadata.slug), template: "page", title: entry.metadata.title,
            description: entry.metadata.description, trail: [],
            ["body_html": entry.body.html, "extra": entry.metadata.extra.mapValues(\.templateValue)])
    }

    // MARK: Shared values

    /// Adds what every page reads — the site, the navigation, the page itself, breadcrumbs —
    /// to the page's own values.
    private func page(
        _ address: String, template: String, title: String, description: String?,
        trail: [(title: String, url: String)], _ values: [String: Any]
    ) -> OutputPage {
        let settings = site.settings
        var context = values
        context["site"] = [
            "title": settings.title,
            "agency": settings.agency,
            "description": settings.description.templateValue,
            "portal_url": settings.portalURL.templateValue,
            "contact": settings.contact.templateValue,
            // Written over several lines in site.yml (address, hotline…), shown line by line.
            "contact_lines": (settings.contact ?? "").split(separator: "\n").map(String.init),
            "data_date": (site.dataDate?.display).templateValue,
            "data_date_iso": (site.dataDate?.iso).templateValue,
        ] as [String: Any]
        // Lists that a template wraps in a container are given as `{items: [...]}`, present
        // only when not empty, so `{{#navigation}}` opens the container once.
        if !settings.navigation.isEmpty {
            context["navigation"] = [
                "items": settings.navigation.map { link in
                    ["title": link.title, "url": link.url, "current": isCurrent(link.url, address)] as [String: Any]
                }
            ]
        }
        context["page"] = [
            "title": title,
            "description": (description ?? settings.description).templateValue,
            "address": address,
            "canonical_url": settings.baseURL + address,
            "is_home": address == SiteAddress.home,
        ] as [String: Any]
        if address != SiteAddress.home && address != SiteAddress.notFound {
            context["breadcrumbs"] = ["items": ([("Trang chủ", SiteAddress.home)] + trail).map { ["title": $0.0, "url": $0.1] }]
        }
        return OutputPage(address: address, template: template, context: context)
    }

    /// A navigation entry is current on its own page and on the pages below it.
    private func isCurrent(_ url: String, _ address: String) -> Bool {
        url == address || (url != "/" && url.hasSuffix("/") && address.hasPrefix(url))
    }
}
