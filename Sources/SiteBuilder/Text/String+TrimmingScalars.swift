import Foundation

extension String {
    /// The text without the scalars of `set` at either end: what Foundation's
    /// `trimmingCharacters(in:)` returns, scalar for scalar, without its detour through
    /// UTF-16, which costs more than the rest of reading a front matter value. Most texts
    /// have nothing to trim and are returned as they are.
    func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return start == scalars.startIndex && end == scalars.endIndex ? self : String(self[start..<end])
    }
}
