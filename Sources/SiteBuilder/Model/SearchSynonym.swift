/// Phrases the search treats as meaning the same: citizens type `BHXH`, `1 lần`, `làm lại
/// thẻ`, titles say `bảo hiểm xã hội`, `một lần`, `cấp lại thẻ`.
///
/// Two-way (`same`): each phrase also finds the others. One-way (`from` → `to`): the
/// everyday words find the title's wording, not the reverse (`mất` finds `cấp lại`, but a
/// search for `cấp lại` should not bring up every title that says `mất`).
struct SearchSynonym: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case same
        case oneWay
    }

    let kind: Kind
    /// `same`: every phrase; one-way: the phrases typed, then the one they mean last.
    let phrases: [String]
    /// Where the entry is written; nil for the defaults shipped with build-site.
    let location: SourceLocation?

    /// The phrases a one-way entry reads from.
    var from: [String] { kind == .same ? phrases : Array(phrases.dropLast()) }
}
