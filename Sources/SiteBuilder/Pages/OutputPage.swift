/// A page to render: which template, with which values, to which address.
struct OutputPage {
    let address: String
    let template: String
    /// What the template reads. Only values under keys ending in `_html` are inserted raw,
    /// and they come from the Markdown renderer; every other value is escaped by Mustache.
    let context: TemplateNode
    /// When the page's content last changed, from the content's own dates, for the sitemap.
    var lastModified: CalendarDate?

    /// Pages whose values are not built yet — one page, or the numbered pages of a list: a
    /// listing is large, so values are built just before the pages render and dropped right after.
    typealias Source = () -> [OutputPage]

    /// This page, dated.
    func modified(_ date: CalendarDate?) -> OutputPage {
        var page = self
        page.lastModified = date
        return page
    }
}
