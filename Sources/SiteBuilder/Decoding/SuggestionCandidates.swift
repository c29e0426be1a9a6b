/// The existing values a wrong one is compared with — every procedure code of a site, say —
/// folded once (no accents, lowercase), so that each unknown value costs one pass of short
/// byte comparisons that stop as soon as a candidate is too far.
struct SuggestionCandidates {
    private let values: [(original: String, folded: [UInt8])]

    init(_ values: some Sequence<String>) {
        // Sorted, so that among equally close values the first in order wins, whatever the
        // order given.
        self.values = values.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            .map { ($0, Array(VietnameseText.folded($0).utf8)) }
    }

    /// The value an editor most likely meant; nil when none is close or the value exists.
    /// - Parameter maximumDistance: the most edits allowed; by default a third of the
    ///   candidate's length, at least two.
    func closest(to value: String, maximumDistance: Int? = nil) -> String? {
        let folded = Array(VietnameseText.folded(value).utf8)
        var best: (original: String, distance: Int)?
        for candidate in values where candidate.original != value {
            var limit = maximumDistance ?? max(2, candidate.original.count / 3)
            if let best { limit = min(limit, best.distance - 1) }
            guard limit >= 0, let distance = Self.distance(folded, candidate.folded, atMost: limit) else { continue }
            best = (candidate.original, distance)
        }
        return best?.original
    }

    /// Levenshtein distance over bytes when it is at most `limit`, else nil; a row whose every
    /// cell is over the limit ends the count.
    static func distance(_ a: [UInt8], _ b: [UInt8], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            guard rowMinimum <= limit else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
