/// Stage 6, second half: every page of the site, each with its template and the values it
/// reads, in a fixed order.
struct PageBuilder {
    let site: AssembledSite
    /// What the open data page shows of the datasets: set once they are written, before
    /// `openDataPages()` is called.
    var datasets: [Dataset]
    /// What every page reads about the site, made once.
    private let siteValues: TemplateNode
    /// The theme's asset addresses with their versions (`{{#asset}}style.css{{/asset}}`).
    private let assets: AssetAddresses

    /// How many decisions and results the home page shows.
    static let latestCount = 5

    /// Rows per page of the long lists (catalogue fields, the Decree 42 list, decisions,
    /// feedback results); tests make it small to see many pages of a small site.
    var listingPageSize = Pagination.defaultPageSize

    init(site: AssembledSite, assets: ThemeAssets, datasets: [Dataset], listingPageSize: Int = Pagination.defaultPageSize) {
        self.site = site
        self.assets = AssetAddresses(addresses: assets.addresses)
        self.datasets = datasets
        self.listingPageSize = listingPageSize
        let settings = site.settings
        siteValues = [
            "title": settings.title,
            "agency": settings.agency,
            "description": settings.description,
            "portal_url": settings.portalURL,
            "contact": settings.contact,
            // Written over several lines in site.yml (address, hotline…), shown line by line.
            "contact_lines": (settings.contact ?? "").split(separator: "\n").map(String.init),
            "data_date": site.dataDate?.display,
            "data_date_iso": site.dataDate?.iso,
            "has_news": !site.documentsAndNews.news.isEmpty,
        ]
    }

    /// Every page, in a fixed order, each built only when it is about to render (a list
    /// builds all its numbered pages at once).
    func pages() -> [OutputPage.Source] {
        listingPages() + openDataPages() + site.procedures.map(procedurePage) + laterPages()
    }

    /// The pages before the procedures', but those of `openDataPages()`: the home page, the
    /// lists, search.
    func listingPages() -> [OutputPage.Source] {
        var pages: [OutputPage.Source] = [{ [home()] }]
        pages += catalogue()
        pages.append { [search()] }
        pages += onlineServices()
        pages += decisionList()
        pages += feedbackList()
        pages += documentAndNewsListPages()
        return pages
    }

    /// The open data page, which needs the written datasets' sizes, and the 404 page: they
    /// come right after `listingPages()` in the site's order.
    func openDataPages() -> [OutputPage.Source] {
        [{ [openData(), notFound()] }]
    }

    /// One procedure's page; its entry must carry its rendered body.
    func procedurePage(_ entry: AssembledSite.ProcedureEntry) -> OutputPage.Source {
        { [procedure(entry)] }
    }

    /// The pages after the procedures': decisions, feedback results, free pages.
    func laterPages() -> [OutputPage.Source] {
        site.decisions.map { entry in { [decision(entry)] } } + site.feedback.map { entry in { [feedback(entry)] } }
            + site.pages.map { entry in { [freePage(entry)] } } + transparencyPages() + documentAndNewsPages()
    }

    // MARK: Pages

    private func home() -> OutputPage {
        let inForce = site.proceduresInForce
        let figures: TemplateNode = [
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
                "pages": site.pages.map { ["title": $0.metadata.title, "url": SiteAddress.page($0.metadata.slug)] as TemplateNode },
                "service_index": TransparencyView.homeFigures(site.transparency),
                "news": latestNews(), "news_heading_level": 3,
            ]
        ).modified(site.dataDate)
    }

    /// The catalogue, then each field's own pages. The catalogue keeps the whole grouped
    /// table, filters and all, while it fits on one page; beyond that it lists the fields,
    /// whose pages hold the rows, so no page grows with the number of procedures.
    private func catalogue() -> [OutputPage.Source] {
        let inForce = site.proceduresInForce
        let groups = FieldGroup.of(inForce)
        let complete = inForce.count <= listingPageSize
        var values: TemplateNode = [
            "total": inForce.count, "field_count": groups.count, "page_size": listingPageSize, "complete": complete,
        ]
        if complete {
            values["fields"] = ProcedureView.groupedByField(inForce)
            values["filters"] = ProcedureView.filterChoices(inForce)
        } else {
            values["fields"] = fieldIndex(groups, current: nil)
        }
        let catalogue = page(
            SiteAddress.catalogue, template: "catalogue", title: "Thủ tục hành chính",
            description: "Danh mục \(inForce.count) thủ tục hành chính đang có hiệu lực, theo lĩnh vực.", trail: [], values
        ).modified(AssembledSite.newestHistoryDate(of: inForce))
        return [{ [catalogue] }] + groups.flatMap { fieldPages($0, index: groups) }
    }

    /// One field's procedures in force, by code, a page size at a time, with the catalogue's
    /// filters working on the rows of the page.
    private func fieldPages(_ group: FieldGroup, index groups: [FieldGroup]) -> [OutputPage.Source] {
        var filters = ProcedureView.filterChoices(group.members)
        filters["by_field"] = false
        return listPages(
            group.members, address: SiteAddress.field(group.field), template: "catalogue-field",
            title: "Thủ tục hành chính lĩnh vực \(group.field)",
            description: "\(group.members.count) thủ tục hành chính đang có hiệu lực thuộc lĩnh vực \(group.field).",
            trail: [("Thủ tục hành chính", SiteAddress.catalogue)], shortTitle: group.field,
            modified: AssembledSite.newestHistoryDate(of: group.members)
        ) { rows, _ in
            [
                "field": [
                    "name": group.field, "id": ProcedureView.fieldID(group.field), "count": group.members.count,
                    "url": SiteAddress.field(group.field), "procedures": rows.map(ProcedureView.summary),
                ] as TemplateNode,
                "fields": fieldIndex(groups, current: group.field),
                "filters": filters,
            ]
        }
    }

    /// The fields with their counts, each linking to its own pages.
    private func fieldIndex(_ groups: [FieldGroup], current: String?) -> [TemplateNode] {
        groups.map { group in
            let pageCount = Pagination(
                address: SiteAddress.field(group.field), itemCount: group.members.count, pageSize: listingPageSize
            ).pageCount
            return [
                "name": group.field, "url": SiteAddress.field(group.field), "count": group.members.count,
                "pages": pageCount > 1 ? "\(pageCount) trang" : NoValue(), "current": group.field == current,
            ]
        }
    }

    private func search() -> OutputPage {
        page(
            SiteAddress.search, template: "search", title: "Tìm kiếm thủ tục hành chính",
            description: "Tìm thủ tục hành chính theo mã, tên, lĩnh vực, cơ quan, đối tượng, có dấu hoặc không dấu.",
            trail: [], ["index_url": SearchIndex.address, "total": site.proceduresInForce.count])
    }

    /// The Decree 42 list: full-process services, then partial ones, each by field and code,
    /// cut into pages. Every page says how many there are of each; when there are several
    /// pages, the first also says on which page each field starts.
    private func onlineServices() -> [OutputPage.Source] {
        let inForce = site.proceduresInForce
        let levels: [OnlineLevel] = [.full, .partial]
        let members = levels.map { level in inForce.filter { $0.procedure.online == level } }
        let rows = zip(levels, members).flatMap { level, entries in
            FieldGroup.of(entries).flatMap { group in
                group.members.map { OnlineRow(group: OnlineRow.Group(level: level, field: group.field), entry: $0) }
            }
        }
        let pagination = Pagination(address: SiteAddress.onlineServices, itemCount: rows.count, pageSize: listingPageSize)
        let groupSizes = Dictionary(rows.map { ($0.group, 1) }, uniquingKeysWith: +)
        // Where each field of each level starts, for the first page's contents.
        var contents: [TemplateNode] = []
        if pagination.pageCount > 1 {
            contents = zip(levels, members).map { level, entries in
                let starts = rows.indices.filter { rows[$0].group.level == level && !OnlineRow.continues(rows, at: $0) }
                return [
                    "title": level.label, "count": entries.count,
                    "fields": starts.map { position -> TemplateNode in
                        let group = rows[position].group
                        let page = pagination.page(ofItem: position)
                        return [
                            "name": group.field, "count": groupSizes[group] ?? 0, "page": page,
                            "url": pagination.address(ofPage: page) + "#" + group.anchor,
                        ]
                    },
                ] as TemplateNode
            }
        }
        return listPages(
            rows, address: SiteAddress.onlineServices, template: "online-services", title: "Dịch vụ công trực tuyến",
            description:
                "Danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình và một phần theo Nghị định 42/2022/NĐ-CP.",
            trail: [], shortTitle: "Dịch vụ công trực tuyến",
            modified: AssembledSite.newestHistoryDate(of: inForce.filter { $0.procedure.online != .none })
        ) { pageRows, number in
            // A section shows on the pages that hold its rows; an empty one on the first page,
            // to say it is empty.
            func section(_ index: Int) -> any TemplateValue {
                let positions = pageRows.indices.filter { rows[$0].group.level == levels[index] }
                guard !positions.isEmpty || (number == 1 && members[index].isEmpty) else { return NoValue() }
                let starts = positions.filter { $0 == positions.first || rows[$0 - 1].group != rows[$0].group }
                let fields = starts.enumerated().map { offset, start -> TemplateNode in
                    let end = offset + 1 < starts.count ? starts[offset + 1] : (positions.last ?? start) + 1
                    let group = rows[start].group
                    return [
                        "name": group.field, "id": group.anchor, "count": groupSizes[group] ?? 0,
                        "continued": OnlineRow.continues(rows, at: start),
                        "procedures": rows[start..<end].map { ProcedureView.summary($0.entry) },
                    ]
                }
                return ["count": members[index].count, "fields": fields] as TemplateNode
            }
            return [
                "full": section(0), "partial": section(1), "full_count": members[0].count,
                "partial_count": members[1].count, "portal_url": site.settings.portalURL,
                "contents": number == 1 && !contents.isEmpty ? ["levels": contents] as TemplateNode : NoValue(),
            ]
        }
    }

    private func decisionList() -> [OutputPage.Source] {
        listPages(
            site.decisions, address: SiteAddress.decisions, template: "decisions",
            title: "Quyết định công bố thủ tục hành chính",
            description: "Các quyết định công bố thủ tục hành chính mới, sửa đổi, bổ sung và bãi bỏ, mới nhất trước.",
            trail: [], shortTitle: "Quyết định công bố", modified: site.decisions.map(\.metadata.issued).max()
        ) { rows, _ in
            ["decisions": rows.map(DecisionView.summary), "count": site.decisions.count]
        }
    }

    private func feedbackList() -> [OutputPage.Source] {
        listPages(
            site.feedback, address: SiteAddress.feedback, template: "feedback-list",
            title: "Kết quả xử lý phản ánh, kiến nghị",
            description: "Kết quả xử lý phản ánh, kiến nghị về quy định hành chính, mới nhất trước.", trail: [],
            shortTitle: "Phản ánh, kiến nghị",
            modified: site.feedback.map { $0.metadata.handled ?? $0.metadata.received }.max()
        ) { rows, _ in
            ["items": rows.map(FeedbackView.summary), "count": site.feedback.count]
        }
    }

    /// The pages of one list, a page size of rows each: page 1 at the list's address, the
    /// next ones below it, each titled with its number, with a breadcrumb back to the first
    /// page and the list's date, since any change to the list can move rows between pages.
    func listPages<Row>(
        _ rows: [Row], address: String, template: String, title: String, description: String?,
        trail: [(title: String, url: String)], shortTitle: String, modified: CalendarDate?,
        _ values: @escaping (ArraySlice<Row>, Int) -> TemplateNode
    ) -> [OutputPage.Source] {
        let pagination = Pagination(address: address, itemCount: rows.count, pageSize: listingPageSize)
        // Each numbered page's values are built only when it renders: a list of fifty
        // thousand procedures is never held whole.
        return pagination.pageNumbers.map { number in
            let source: OutputPage.Source = {
                var context = values(rows[pagination.range(ofPage: number)], number)
                context["pagination"] = pagination.view(page: number)
                let numbered = page(
                    pagination.address(ofPage: number), template: template, title: pagination.title(title, page: number),
                    description: description, trail: number == 1 ? trail : trail + [(shortTitle, address)], context
                ).modified(modified)
                return [numbered]
            }
            return source
        }
    }

    private func openData() -> OutputPage {
        page(
            Dataset.folder, template: "open-data", title: "Dữ liệu mở",
            description:
                "Dữ liệu mở về thủ tục hành chính, dịch vụ công trực tuyến, quyết định công bố và kết quả xử lý phản ánh, kiến nghị: JSON, CSV, miễn phí, không cần đăng nhập.",
            trail: [],
            [
                "datasets": datasets.map { dataset in
                    [
                        "name": dataset.name, "title": dataset.title, "description": dataset.description,
                        "count": dataset.count, "modified": dataset.modified?.display,
                        "modified_iso": dataset.modified?.iso, "json_url": dataset.jsonAddress,
                        "csv_url": dataset.csvAddress, "schema_url": dataset.schemaAddress,
                        "json_size": kilobytes(dataset.jsonSize), "csv_size": kilobytes(dataset.csvSize),
                    ] as TemplateNode
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
            description: "Thủ tục \(procedure.code): \(procedure.title). Lĩnh vực \(entry.field).",
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
            ["body_html": entry.body.html, "extra": TemplateNode(entry.metadata.extra.mapValues { $0 })])
    }

    // MARK: Shared values

    /// Adds what every page reads — the site, the navigation, the page itself, breadcrumbs —
    /// to the page's own values.
    func page(
        _ address: String, template: String, title: String, description: String?,
        trail: [(title: String, url: String)], _ values: TemplateNode
    ) -> OutputPage {
        let settings = site.settings
        var context = values
        context["site"] = siteValues
        context["asset"] = assets
        // Lists that a template wraps in a container are given as `{items: [...]}`, present
        // only when not empty, so `{{#navigation}}` opens the container once.
        if !settings.navigation.isEmpty {
            context["navigation"] =
                [
                    "items": settings.navigation.map { link in
                        ["title": link.title, "url": link.url, "current": isCurrent(link.url, address)] as TemplateNode
                    }
                ] as TemplateNode
        }
        context["page"] =
            [
                "title": title,
                "description": description ?? settings.description,
                "address": address,
                "canonical_url": settings.baseURL + address,
                "is_home": address == SiteAddress.home,
            ] as TemplateNode
        if address != SiteAddress.home && address != SiteAddress.notFound {
            context["breadcrumbs"] =
                ["items": ([("Trang chủ", SiteAddress.home)] + trail).map { ["title": $0.0, "url": $0.1] as TemplateNode }] as TemplateNode
        }
        return OutputPage(address: address, template: template, context: context)
    }

    /// A navigation entry is current on its own page and on the pages below it.
    private func isCurrent(_ url: String, _ address: String) -> Bool {
        url == address || (url != "/" && url.hasSuffix("/") && address.hasPrefix(url))
    }
}
