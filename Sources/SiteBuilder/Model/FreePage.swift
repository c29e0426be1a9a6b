/// A free page such as the introduction or the guide to online submission.
struct FreePage: Sendable {
    var slug: String
    var title: String
    var description: String?
    var order: Int?
    /// Values under `extra:` that templates may read freely.
    var extra: [String: ExtraValue]
}
