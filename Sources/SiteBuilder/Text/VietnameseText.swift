import Foundation

/// Vietnamese-aware text operations: folding for matching, slugs for ids, collation for lists.
enum VietnameseText {
    /// Lowercase, without diacritics, with `đ` as `d`: what search and slugs compare.
    ///
    /// Runs on every procedure's text several times a build, so letters are folded through a
    /// table made once; only characters outside it go through Foundation.
    static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if let folded = foldedLetters[scalar] {
                result.append(contentsOf: folded.unicodeScalars)
            } else if (0x300...0x36F).contains(scalar.value) {
                continue  // a combining accent of a decomposed letter
            } else {
                result.append(contentsOf: slowFolded(String(scalar)).unicodeScalars)
            }
        }
        return String(result)
    }

    private static func slowFolded(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
    }

    /// Every Latin letter with diacritics (Latin-1 to Latin Extended Additional, where
    /// Vietnamese lives), folded once.
    private static let foldedLetters: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        for range in [0xC0...0x24F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[scalar] = slowFolded(String(scalar))
            }
        }
        return table
    }()

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
