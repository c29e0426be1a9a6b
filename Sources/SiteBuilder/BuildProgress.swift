/// How far a build has got, for a progress line on an editor's terminal: a stage finished,
/// or pages rendered so far.
public struct BuildProgress: Sendable, Hashable {
    public let stage: String
    /// Pages (or page groups) done and to do in the current stage, when it counts them.
    public let done: Int?
    public let total: Int?

    public init(stage: String, done: Int? = nil, total: Int? = nil) {
        self.stage = stage
        self.done = done
        self.total = total
    }

    /// Told as the build goes; called from the building thread, never concurrently.
    public typealias Observer = @Sendable (BuildProgress) -> Void
}
