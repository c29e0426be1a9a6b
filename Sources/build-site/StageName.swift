import SiteBuilder

/// A stage of the build as the editor reads it: the build names its stages (`render`), the
/// command line says them in the editor's language (`tạo trang`).
enum StageName {
    private static let messages: [String: Message] = [
        "scan": .stageScan, "load": .stageLoad, "decode": .stageDecode, "validate": .stageValidate,
        "markdown": .stageMarkdown, "assemble": .stageAssemble, "render": .stageRender, "publish": .stagePublish,
        "cache": .stageCache, "procedure markdown": .stageProcedureMarkdown, "personal data": .stagePersonalData,
    ]

    /// The stage's name in `language`; a stage without a declared name keeps the build's.
    static func text(_ stage: String, in language: Language) -> String {
        messages[stage].map { LocalizedMessage($0).text(in: language) } ?? stage
    }

    /// `0,25 giây`, `0.25 s`.
    static func seconds(_ value: Double, in language: Language) -> String {
        MessageArgument.format(value, decimals: 2, in: language) + (language == .vi ? " giây" : " s")
    }
}
