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
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            guard let columns = delimiterColumns(lines[index]) else {
                index += 1
                continue
            }
            var rows = 1
            while index + rows < lines.count, !Substring(lines[index + rows]).allSatisfy(\.isWhitespace) { rows += 1 }
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
    private static func delimiterColumns(_ bytes: Substring.UTF8View) -> Int? {
        guard mayBeDelimiterRow(bytes) else { return nil }
        let line = Substring(bytes)
        guard line.contains("|"), line.contains("-") else { return nil }
        var trimmed = Substring(String(line).trimmingScalars(in: .whitespaces))
        guard trimmed.contains("-"), trimmed.allSatisfy({ "|-: \t".contains($0) }), trimmed.contains("|") else { return nil }
        if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("|") { trimmed = trimmed.dropLast() }
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false)
        guard cells.allSatisfy({ $0.contains("-") }) else { return nil }
        return cells.count
    }

    /// False for nearly every line, by bytes alone, and only for lines that the checks above
    /// refuse too: a delimiter row has a `|` and a `-`, and no ASCII character but `|-: \t`
    /// (other spaces, trimmed from its ends, are never ASCII).
    private static func mayBeDelimiterRow(_ bytes: Substring.UTF8View) -> Bool {
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
