extension ContentDocument {
    /// A document with its whole text, its front matter hashed: the same hash means the same
    /// front matter, and the body starting on the same line.
    init(source: SourceFile, metadata: Metadata, body: String, bodyFirstLine: Int, keyLocations: [String: SourceLocation]) {
        let text = source.text.utf8
        self.init(
            source: source, metadata: metadata, body: body, bodyFirstLine: bodyFirstLine, keyLocations: keyLocations,
            frontMatterHash: ContentHash.of(text.prefix(text.count - body.utf8.count)), hasBody: true)
    }
}
