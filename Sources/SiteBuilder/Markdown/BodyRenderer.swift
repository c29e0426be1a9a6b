/// Stage 5 over the whole site: renders every document's body, keyed by its source path.
struct BodyRenderer {
    let renderer = MarkdownRenderer()

    func render(_ content: SiteContent) -> ([String: RenderedMarkdown], [Diagnostic]) {
        var bodies: [String: RenderedMarkdown] = [:]
        var diagnostics: [Diagnostic] = []
        func render<Metadata>(_ documents: [ContentDocument<Metadata>], reservedIDs: Set<String> = []) {
            for document in documents {
                let (rendered, warnings) = renderer.render(
                    document.body, file: document.source, firstLine: document.bodyFirstLine, reservedIDs: reservedIDs)
                bodies[document.source.path] = rendered
                diagnostics += warnings
            }
        }
        render(content.procedures, reservedIDs: ProcedureSection.reservedIDs)
        render(content.decisions, reservedIDs: ["noi-dung", "moi", "sua-doi", "bai-bo", "noi-dung-quyet-dinh"])
        render(content.feedback, reservedIDs: ["noi-dung", "thu-tuc-lien-quan"])
        render(content.pages, reservedIDs: ["noi-dung"])
        return (bodies, diagnostics)
    }
}
