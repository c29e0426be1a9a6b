/// How much of the site a build redid, and why: what the summary tells an editor who
/// wonders why a rebuild was quick, or not.
public enum BuildMode: Sendable, Hashable, CustomStringConvertible {
    /// Every stage over every file; `reason` says why the cache could not spare any.
    case full(reason: String)
    /// Only the bodies of these procedure files changed: only their pages were redone.
    case bodiesEdited([String])
    /// No input changed since the last build and the published site is as it left it.
    case unchanged

    public var description: String {
        switch self {
        case .full(let reason): "full build (\(reason))"
        case .bodiesEdited(let paths): "incremental build: the body of \(paths.count == 1 ? paths[0] : "\(paths.count) procedures") changed"
        case .unchanged: "nothing changed since the last build"
        }
    }
}
