/// A decoded content file: its typed front matter, its Markdown body and where each came from.
struct ContentDocument<Metadata: Sendable>: Sendable {
    let source: SourceFile
    let metadata: Metadata
    /// The Markdown body. A lightened document has none: it is read again with its page
    /// (`ProcedureBodyReader`), and asking for it before then is a mistake, never an empty body.
    var body: String {
        precondition(hasBody, "the body of \(source.path) was dropped when it was decoded; read it again first")
        return storedBody
    }
    private let storedBody: String
    /// Line of the file on which the body starts, so Markdown warnings point at the file's line.
    let bodyFirstLine: Int
    /// Where each key and list item (`new[2]`) was written, for cross-document diagnostics.
    private let keyLocations: [String: SourceLocation]
    /// The hash of everything before the body: the same hash means the same front matter,
    /// and the body starting on the same line.
    let frontMatterHash: UInt64
    /// Whether `body` is the file's body; a lightened document without it reads it again.
    let hasBody: Bool

    /// `frontMatterHash` is the hash of the text before `body` (`ContentDocument+Hash`).
    init(
        source: SourceFile, metadata: Metadata, body: String, bodyFirstLine: Int, keyLocations: [String: SourceLocation],
        frontMatterHash: UInt64, hasBody: Bool
    ) {
        self.source = source
        self.metadata = metadata
        self.storedBody = body
        self.bodyFirstLine = bodyFirstLine
        self.keyLocations = keyLocations
        self.frontMatterHash = frontMatterHash
        self.hasBody = hasBody
    }

    /// Where a key was written; a lightened document knows only its file (`KeyLocator` finds
    /// the key again).
    func location(of keyPath: String) -> SourceLocation {
        keyLocations[keyPath] ?? source.location()
    }

    /// The document without its text, body and key positions: what listings need. A large
    /// site keeps tens of thousands of documents at once; the body is read again just before
    /// its page renders (`ProcedureBodyReader`), and a key's position, for the rare document
    /// with a cross-document error, by `KeyLocator`.
    func lightened() -> ContentDocument {
        ContentDocument(
            source: SourceFile(path: source.path, text: ""), metadata: metadata, body: "",
            bodyFirstLine: bodyFirstLine, keyLocations: [:], frontMatterHash: frontMatterHash,
            hasBody: false)
    }
}
