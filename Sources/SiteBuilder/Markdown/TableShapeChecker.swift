import Foundation

/// Refuses Markdown tables whose shape makes libcmark-gfm 0.29 slow and its output huge:
/// every row is padded to the header's width, so a 15 KB table of 2,000 columns renders
/// 76 MB in 15 s. A real dossier table has a handful of columns and tens of rows.
enum TableShapeChecker {
    static let maximumColumns = 64
    static let maximumCells = 100_000

    /// Problems with the body's tables, at the line of each table's delimiter row
    /// (1-based within the body).
    static func problems(in markdown: String) -> [(line: Int, problem: Problem)] {
        var problems: [(line: Int, problem: Problem)] = []
        // A `\n` byte is always a line end of its own (bodies have no `\r`), so splitting
        // bytes gives the lines that splitting characters gives, without grapheme breaking.
        var contiguous = markdown
        let lineRanges = contiguous.withUTF8 { bytes in
            var ranges: [(range: Range<Int>, mayBeDelimiterRow: Bool)] = []
            var start = 0
            while let end = bytes.offset(of: UInt8(ascii: "\n"), from: start) {
                ranges.append((start..<end, mayBeDelimiterRow(bytes[start..<end])))
                start = end + 1
            }
            ranges.append((start..<bytes.count, mayBeDelimiterRow(bytes[start..<bytes.count])))
            return ranges
        }
        let utf8 = markdown.utf8
        func line(_ index: Int) -> Substring {
            let range = lineRanges[index].range
            return Substring(
                utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        // A row starts with a visible ASCII character nearly always, which no blank line does.
        func isBlank(_ index: Int) -> Bool {
            let range = lineRanges[index].range
            if !range.isEmpty {
                let first = utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)]
                if first > 0x20 && first < 0x7F { return false }
            }
            return line(index).allSatisfy(\.isWhitespace)
        }
        var index = 0
        while index < lineRanges.count {
            guard lineRanges[index].mayBeDelimiterRow, let columns = delimiterColumns(line(index)) else {
                index += 1
                continue
            }
            var rows = 1
            while index + rows < lineRanges.count, !isBlank(index + rows) { rows += 1 }
            if columns > maximumColumns {
                problems.append((index + 1, .tableTooWide(columns: columns, limit: maximumColumns)))
            } else if columns * rows > maximumCells {
                problems.append((index + 1, .tableTooLarge(cells: columns * rows, limit: maximumCells)))
            }
            index += rows
        }
        return problems
    }

    /// The number of columns when `line` is a table's delimiter row (`|---|:-:|`), else nil.
    static func delimiterColumns(_ line: Substring) -> Int? {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else { return characterDelimiterColumns(line) }
        // ASCII, as nearly every delimiter row is: by bytes, where the only spaces are ` ` and tab.
        var bytes = Array(line.utf8)[...]
        while let first = bytes.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        guard bytes.contains(UInt8(ascii: "-")), bytes.contains(UInt8(ascii: "|")),
            bytes.allSatisfy({
                [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains($0)
            })
        else { return nil }
        if bytes.first == UInt8(ascii: "|") { bytes = bytes.dropFirst() }
        if bytes.last == UInt8(ascii: "|") { bytes = bytes.dropLast() }
        let cells = bytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        guard cells.allSatisfy({ $0.contains(UInt8(ascii: "-")) }) else { return nil }
        return cells.count
    }

    /// `delimiterColumns` for any line, by `Character`.
    static func characterDelimiterColumns(_ line: Substring) -> Int? {
        guard line.contains("|"), line.contains("-") else { return nil }
        var trimmed = Substring(String(line).trimmingScalars(in: .whitespaces))
        guard trimmed.contains("-"), trimmed.allSatisfy({ "|-: \t".contains($0) }), trimmed.contains("|") else { return nil }
        if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("|") { trimmed = trimmed.dropLast() }
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false)
        guard cells.allSatisfy({ $0.contains("-") }) else { return nil }
        return cells.count
    }

    /// False for nearly every line, by bytes alone, and only for lines that `delimiterColumns`
    /// refuses too: a delimiter row has a `|` and a `-`, and no ASCII character but `|-: \t`
    /// (other spaces, trimmed from its ends, are never ASCII).
    private static func mayBeDelimiterRow(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var hasBar = false
        var hasDash = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "|"): hasBar = true
            case UInt8(ascii: "-"): hasDash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), 0x80...: continue
            default: return false
            }
        }
        return hasBar && hasDash
    }
}
