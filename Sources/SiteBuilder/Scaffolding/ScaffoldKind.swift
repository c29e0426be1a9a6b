/// The kinds of content file `build-site new` can start, each named as editors type it.
public enum ScaffoldKind: String, Sendable, CaseIterable {
    case procedure, decision, feedback, page
    case serviceIndex = "service-index"
    case target, report, document, news
}
