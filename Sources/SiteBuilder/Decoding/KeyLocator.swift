/// Finds where a key of a procedure kept without its keys' positions was written, by reading
/// and decoding its file again: only a document with a cross-document error needs it, so a
/// large site holds no positions, and no document holds a way to read its file.
struct KeyLocator {
    let loader: ContentLoader

    /// Where `keyPath` was written in `document`: from the document when it kept its keys'
    /// positions (it has its body), else from its file, read again.
    func location<Metadata>(of keyPath: String, in document: ContentDocument<Metadata>) -> SourceLocation {
        guard !document.hasBody else { return document.location(of: keyPath) }
        return location(of: keyPath, in: document.source.path) ?? document.location(of: keyPath)
    }

    func location(of keyPath: String, in path: String) -> SourceLocation? {
        guard let file = loader.readFile(String(path.dropFirst("content/".count))).file else { return nil }
        return ContentDecoder.procedure(file)?.location(of: keyPath)
    }
}
