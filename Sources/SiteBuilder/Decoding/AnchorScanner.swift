/// Finds YAML anchors (`&name`) and aliases (`*name`) before the YAML is parsed.
///
/// Yams has no limit on alias expansion: a few hundred bytes of nested aliases ("billion
/// laughs") take seconds and gigabytes. Front matter never needs them, so they are refused
/// outright, by a scan that cannot blow up.
enum AnchorScanner {
    /// The line and column (1-based, within the YAML) of the first anchor or alias, if any.
    static func firstAnchorOrAlias(in yaml: String) -> (line: Int, column: Int)? {
        // Most front matter has neither sign: skip the walk over its characters.
        guard yaml.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        for (lineIndex, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
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
                        return (lineIndex + 1, columnIndex + 1)
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
        }
        return nil
    }
}
