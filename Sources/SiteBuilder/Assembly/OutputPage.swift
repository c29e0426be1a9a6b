/// A page to render: which template, with which values, to which address.
struct OutputPage {
    let address: String
    let template: String
    /// What the template reads. Only values under keys ending in `_html` are inserted raw,
    /// and they come from the Markdown renderer; every other value is escaped by Mustache.
    let context: [String: Any]
}
