/// The text files of `content/`, sorted by path, ready to be decoded.
struct ContentSources: Sendable {
    var siteSettings: SourceFile?
    var procedures: [SourceFile] = []
    var decisions: [SourceFile] = []
    var feedback: [SourceFile] = []
    var pages: [SourceFile] = []
    /// Paths relative to `content/files/` of every attachment, sorted.
    var attachments: [String] = []
}
