/// Stage 5 over the whole site: renders every document's body, keyed by its source path,
/// within bounds that keep hostile input from hanging the build.
struct BodyRenderer {
    let renderer = MarkdownRenderer()
    /// How long one body may take to render; real bodies take milliseconds.
    let timeLimit: Double

    func render(_ content: SiteContent) -> ([String: RenderedMarkdown], [Diagnostic]) {
        var bodies: [String: RenderedMarkdown] = [:]
        var diagnostics: [Diagnostic] = []
        var timedOut = false
        func render<Metadata>(_ documents: [ContentDocument<Metadata>], reservedIDs: Set<String> = []) {
            for document in documents where !timedOut {
                let shapeProblems = TableShapeChecker.problems(in: document.body)
                guard shapeProblems.isEmpty else {
                    diagnostics += shapeProblems.map {
                        Diagnostic($0.problem, at: document.source.location(line: document.bodyFirstLine + $0.line - 1))
                    }
                    continue
                }
                let renderer = renderer
                let result = TimeLimit.run(seconds: timeLimit) { started in
                    renderer.render(
                        document.body, file: document.source, firstLine: document.bodyFirstLine, reservedIDs: reservedIDs,
                        started: started)
                }
                guard let (rendered, warnings) = result else {
                    // The stuck render still holds the parser; stop here rather than queue behind it.
                    diagnostics.append(Diagnostic(.renderTimedOut(seconds: timeLimit), at: document.source.location(line: document.bodyFirstLine)))
                    timedOut = true
                    return
                }
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
