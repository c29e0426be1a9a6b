/// Finds YAML anchors (`&name`) and aliases (`*name`) before the YAML is parsed.
///
/// Yams has no limit on alias expansion: a few hundred bytes of nested aliases ("billion
/// laughs") take seconds and gigabytes. Front matter never needs them, so they are refused
/// outright, by a scan that cannot blow up.
enum AnchorScanner {
    /// The line and column (1-based, within the YAML) of the first anchor or alias, if any.
    static func firstAnchorOrAlias(in yaml: String) -> (line: Int, column: Int)? {
        // Each line is read on its own, and only at an `&` or `*` can one be found: the walk
        // over characters is kept for the few lines that have one.
        let hasSign = { (bytes: Substring.UTF8View) in
            let isSign = { (byte: UInt8) in byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*") }
            return bytes.withContiguousStorageIfAvailable { $0.contains(where: isSign) } ?? bytes.contains(where: isSign)
        }
        guard hasSign(yaml[...].utf8) else { return nil }
        let lines: [Substring] =
            yaml.utf8.contains(UInt8(ascii: "\r"))
            ? yaml.split(separator: "\n", omittingEmptySubsequences: false)  // `\r\n` is one character there
            : yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init)
        for (lineIndex, line) in lines.enumerated() where hasSign(line.utf8) {
            if let column = firstAnchorOrAlias(inLine: line) { return (lineIndex + 1, column) }
        }
        return nil
    }

    /// The column (1-based, in characters) of the line's first anchor or alias, if any.
    private static func firstAnchorOrAlias(inLine line: Substring) -> Int? {
        var quote: Character?
        var previous: Character = " "
        var afterIndicator = true  // at the start of a line, a node may begin
        for (columnIndex, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "#" && (previous == " " || columnIndex == 0) {
                break
            } else if character == "\"" || character == "'", afterIndicator {
                quote = character
            } else if character == "&" || character == "*", afterIndicator {
                let rest = line.dropFirst(columnIndex + 1)
                if let next = rest.first, !next.isWhitespace, !",[]{}".contains(next) {
                    return columnIndex + 1
                }
            }
            // A node starts after indentation, `- `, `: `, `? `, `[`, `{` or `, `.
            if character == " " || character == "\t" {
                afterIndicator = afterIndicator || "-:?,".contains(previous)
            } else {
                afterIndicator = "[{,".contains(character)
            }
            previous = character
        }
        return nil
    }
}
