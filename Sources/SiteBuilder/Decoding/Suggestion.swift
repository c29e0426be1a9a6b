/// Finds the allowed word an editor most likely meant, for "did you mean" hints.
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        return best.1 <= max(2, best.0.count / 3) ? best.0 : nil
    }

    /// The existing value an editor most likely meant — a procedure code, a decision number,
    /// an allowed value, a field — compared without accents or case, so that `Thuc hien` finds
    /// `Thực hiện`; nil when none is close, or the value itself exists. Codes and numbers
    /// allow two edits (one wrong or two swapped digits, not another number); see
    /// `SuggestionCandidates` for many values.
    static func closestValue(to value: String, among candidates: some Sequence<String>, maximumDistance: Int? = nil) -> String? {
        SuggestionCandidates(candidates).closest(to: value, maximumDistance: maximumDistance)
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
