import Foundation

/// Vietnamese-aware text operations: folding for matching, slugs for ids, collation for lists.
enum VietnameseText {
    /// Lowercase, without diacritics, with `đ` as `d`: what search and slugs compare.
    static func folded(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
    }

    /// `Trình tự thực hiện` → `trinh-tu-thuc-hien`: ASCII ids that survive any address bar.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in folded(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    private static let vietnamese = Locale(identifier: "vi")

    /// Vietnamese alphabetical order (`Đ` after `D`, tones after the bare letter), the
    /// untouched text as tie-breaker so the order is total.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        switch lhs.compare(rhs, locale: vietnamese) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
        }
    }
}
