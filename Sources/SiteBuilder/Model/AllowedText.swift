/// One reviewed exception of the personal-data guard: an exact text that looks like
/// personal data but is not (a public hotline, a document number), with the reason.
struct AllowedText: Sendable, Hashable {
    let text: String
    let reason: String
    let location: SourceLocation
}
