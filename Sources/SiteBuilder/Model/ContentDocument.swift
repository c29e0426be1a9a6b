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
    /// Finds a key's place again when the document was kept without `keyLocations`: only a
    /// document with an error needs them, so a large site does not hold them for every file.
    private let locateAgain: (@Sendable (String) -> SourceLocation?)?
    /// The hash of everything before the body: the same hash means the same front matter,
    /// and the body starting on the same line.
    let frontMatterHash: UInt64
    /// Whether `body` is the file's body; a lightened document without it reads it again.
    let hasBody: Bool

    init(source: SourceFile, metadata: Metadata, body: String, bodyFirstLine: Int, keyLocations: [String: SourceLocation]) {
        let text = source.text.utf8
        self.init(
            source: source, metadata: metadata, body: body, bodyFirstLine: bodyFirstLine, keyLocations: keyLocations,
            locateAgain: nil, frontMatterHash: ContentHash.of(text.prefix(text.count - body.utf8.count)), hasBody: true)
    }

    private init(
        source: SourceFile, metadata: Metadata, body: String, bodyFirstLine: Int, keyLocations: [String: SourceLocation],
        locateAgain: (@Sendable (String) -> SourceLocation?)?, frontMatterHash: UInt64, hasBody: Bool
    ) {
        self.source = source
        self.metadata = metadata
        self.storedBody = body
        self.bodyFirstLine = bodyFirstLine
        self.keyLocations = keyLocations
        self.locateAgain = locateAgain
        self.frontMatterHash = frontMatterHash
        self.hasBody = hasBody
    }

    func location(of keyPath: String) -> SourceLocation {
        keyLocations[keyPath] ?? locateAgain?(keyPath) ?? source.location()
    }

    /// The document without its text, body and key positions: what listings need. A large
    /// site keeps tens of thousands of documents at once; the body is read again just before
    /// its page renders (`ProcedureBodyReader`), and a key's position, for the rare document
    /// with a cross-document error, by `locateAgain`.
    func lightened(locateAgain: (@Sendable (String) -> SourceLocation?)? = nil) -> ContentDocument {
        ContentDocument(
            source: SourceFile(path: source.path, text: ""), metadata: metadata, body: "",
            bodyFirstLine: bodyFirstLine, keyLocations: [:], locateAgain: locateAgain, frontMatterHash: frontMatterHash,
            hasBody: false)
    }
}
