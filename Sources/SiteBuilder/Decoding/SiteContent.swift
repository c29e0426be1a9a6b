/// Every content file decoded into typed documents: what validation and assembly work on.
struct SiteContent: Sendable {
    var settings: SiteSettings
    var settingsSource: SourceFile
    var procedures: [ContentDocument<Procedure>]
    var decisions: [ContentDocument<Decision>]
    var feedback: [ContentDocument<FeedbackResult>]
    var pages: [ContentDocument<FreePage>]
    var personalDataAllowList: [AllowedText]
    /// Paths relative to `content/files/`.
    var attachments: [String]
}
