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
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            guard let columns = delimiterColumns(lines[index]) else {
                index += 1
                continue
            }
            var rows = 1
            while index + rows < lines.count, !lines[index + rows].allSatisfy(\.isWhitespace) { rows += 1 }
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
    private static func delimiterColumns(_ line: Substring) -> Int? {
        guard line.contains("|"), line.contains("-") else { return nil }
        var trimmed = Substring(line.trimmingCharacters(in: .whitespaces))
        guard trimmed.contains("-"), trimmed.allSatisfy({ "|-: \t".contains($0) }), trimmed.contains("|") else { return nil }
        if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("|") { trimmed = trimmed.dropLast() }
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false)
        guard cells.allSatisfy({ $0.contains("-") }) else { return nil }
        return cells.count
    }
}
