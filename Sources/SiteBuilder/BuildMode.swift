/// How much of the site a build redid, and why: what the summary tells an editor who
/// wonders why a rebuild was quick, or not.
public enum BuildMode: Sendable, Hashable, CustomStringConvertible {
    /// Every stage over every file; `reason` says why the cache could not spare any.
    case full(reason: String)
    /// Only the bodies of these procedure files changed: only their pages were redone.
    case bodiesEdited([String])
    /// No input changed since the last build and the published site is as it left it.
    case unchanged

    public var description: String { message.text(in: .en) }

    /// What the summary says of the build, in either language.
    public var message: LocalizedMessage {
        switch self {
        case .full(let reason): LocalizedMessage(.modeFull, ["reason": .text(reason)])
        case .bodiesEdited(let paths):
            LocalizedMessage(.modeBodiesEdited, ["what": paths.count == 1 ? .text(paths[0]) : .count(paths.count, .procedure)])
        case .unchanged: LocalizedMessage(.modeUnchanged)
        }
    }
}
