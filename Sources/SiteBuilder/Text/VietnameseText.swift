import Foundation

/// Vietnamese-aware text operations: folding for matching, slugs for ids, collation for lists.
enum VietnameseText {
    /// Lowercase, without diacritics, with `đ` as `d`: what search and slugs compare.
    ///
    /// Runs on every procedure's text several times a build, so letters and punctuation are
    /// folded through a table made once, into UTF-8 bytes; only characters outside the table
    /// go through Foundation.
    static func folded(_ text: String) -> String {
        var result: [UInt8] = []
        fold(text, into: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// `folded(text)`'s UTF-8 bytes, added at the end of `result`.
    static func fold(_ text: String, into result: inout [UInt8]) {
        result.reserveCapacity(result.count + text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                result.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
            } else if foldedTable.append(scalar, to: &result) {
                continue
            } else if (0x300...0x36F).contains(scalar.value) {
                continue  // a combining accent of a decomposed letter
            } else {
                result += slowFolded(String(scalar)).utf8
            }
        }
    }

    private static func slowFolded(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
    }

    /// Every Latin letter with diacritics (Latin-1 to Latin Extended Additional, where
    /// Vietnamese lives) and every typographic punctuation mark (`“ ” –`), folded once.
    private static let foldedTable = FoldedTable(ranges: [0xC0...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F], fold: slowFolded)

    /// Each scalar of a few ranges with its folded bytes, found by position, not by hashing;
    /// all the bytes in one array, so a lookup copies bytes and retains nothing.
    private struct FoldedTable: Sendable {
        /// Each range with the index in `bounds` of its first scalar.
        let ranges: [(range: ClosedRange<UInt32>, first: Int)]
        /// Scalar `i`'s folded bytes are `bytes[bounds[i]..<bounds[i + 1]]`.
        let bounds: [Int]
        let bytes: [UInt8]

        init(ranges: [ClosedRange<UInt32>], fold: (String) -> String) {
            var table: [(range: ClosedRange<UInt32>, first: Int)] = []
            var bounds = [0]
            var bytes: [UInt8] = []
            for range in ranges {
                table.append((range, bounds.count - 1))
                for value in range {
                    bytes += Unicode.Scalar(value).map { Array(fold(String($0)).utf8) } ?? []
                    bounds.append(bytes.count)
                }
            }
            self.ranges = table
            self.bounds = bounds
            self.bytes = bytes
        }

        /// Appends the scalar's folded bytes; false when the scalar is in none of the ranges.
        func append(_ scalar: Unicode.Scalar, to result: inout [UInt8]) -> Bool {
            for (range, first) in ranges where range.contains(scalar.value) {
                let index = first + Int(scalar.value - range.lowerBound)
                result += bytes[bounds[index]..<bounds[index + 1]]
                return true
            }
            return false
        }
    }

    /// `Trình tự thực hiện` → `trinh-tu-thuc-hien`: ASCII ids that survive any address bar.
    static func slug(_ text: String) -> String {
        var folded: [UInt8] = []
        fold(text, into: &folded)
        var slug: [UInt8] = []
        slug.reserveCapacity(folded.count)
        var pendingDash = false
        // Bytes of other scalars than ASCII letters and digits are never letters or digits.
        for byte in folded {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(byte)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
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
