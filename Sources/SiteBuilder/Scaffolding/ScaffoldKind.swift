/// The kinds of content file `build-site new` can start, each named as editors type it.
public enum ScaffoldKind: String, Sendable, CaseIterable {
    case procedure, decision, feedback, page, document, news

    /// What the argument after the kind is, for help and error messages.
    public var argumentName: String {
        switch self {
        case .procedure: "code"
        case .decision: "number"
        case .feedback: "id"
        case .page: "slug"
        case .document: "number"
        case .news: "slug"
        }
    }
}
