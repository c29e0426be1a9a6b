/// A decoded content file: its typed front matter, its Markdown body and where each came from.
struct ContentDocument<Metadata: Sendable>: Sendable {
    let source: SourceFile
    let metadata: Metadata
    let body: String
    /// Line of the file on which the body starts, so Markdown warnings point at the file's line.
    let bodyFirstLine: Int
    /// Where each key and list item (`new[2]`) was written, for cross-document diagnostics.
    let keyLocations: [String: SourceLocation]

    func location(of keyPath: String) -> SourceLocation {
        keyLocations[keyPath] ?? source.location()
    }

    /// The document without its text, body and key positions, once its file has been checked:
    /// what listings need. A large site keeps tens of thousands of documents at once; the
    /// body is read again just before its page renders (`ProcedureBodyReader`).
    func lightened() -> ContentDocument {
        ContentDocument(
            source: SourceFile(path: source.path, text: ""), metadata: metadata, body: "", bodyFirstLine: bodyFirstLine,
            keyLocations: [:])
    }
}
