/// Finds the allowed word or existing value an editor most likely meant, for "did you mean" hints.
enum Suggestion {
    /// The existing value an editor most likely meant — a procedure code, a decision number,
    /// an allowed value, a field — compared without accents or case, so that `Thuc hien` finds
    /// `Thực hiện`; nil when none is close, or the value itself exists. Codes and numbers
    /// allow two edits (one wrong or two swapped digits, not another number); see
    /// `SuggestionCandidates` for many values.
    static func closestValue(to value: String, among candidates: some Sequence<String>, maximumDistance: Int? = nil) -> String? {
        SuggestionCandidates(candidates).closest(to: value, maximumDistance: maximumDistance)
    }
}
