/// Reads procedure files again, a batch at a time, just before their pages render: the site
/// keeps only their front matter in between, so its memory does not grow with every body.
///
/// Each file's front matter must hash as when it was first read: a file saved again during
/// the build is noticed, never published half old, half new.
struct ProcedureBodyReader {
    let loader: ContentLoader

    func reload(_ documents: [ContentDocument<Procedure>]) -> ([ContentDocument<Procedure>], [Diagnostic]) {
        let results = documents.concurrentMap { document -> (ContentDocument<Procedure>?, Diagnostic?) in
            // Kept from the first reading, with the front matter it was decoded from.
            if document.hasBody { return (document, nil) }
            let (file, problem) = loader.readFile(Self.contentPath(document.source.path))
            guard let file else { return (nil, problem) }
            guard case .success(let split) = FrontMatterSplitter.split(file) else {
                return (nil, Diagnostic(.changedDuringBuild, at: file.location()))
            }
            let reread = ContentDocument(
                source: file, metadata: document.metadata, body: split.body, bodyFirstLine: split.bodyFirstLine, keyLocations: [:])
            guard reread.frontMatterHash == document.frontMatterHash else {
                return (nil, Diagnostic(.changedDuringBuild, at: file.location()))
            }
            return (reread, nil)
        }
        return (results.compactMap(\.0), results.compactMap(\.1))
    }

    /// The file's path inside `content/`.
    private static func contentPath(_ sourcePath: String) -> String {
        String(sourcePath.dropFirst("content/".count))
    }
}
