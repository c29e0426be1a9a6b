/// A Markdown body turned into safe HTML, with the headings that the table of contents lists.
struct RenderedMarkdown: Sendable {
    struct Heading: Sendable, Hashable {
        let level: Int
        let text: String
        let id: String
    }

    let html: String
    let headings: [Heading]

    static let empty = RenderedMarkdown(html: "", headings: [])
}
