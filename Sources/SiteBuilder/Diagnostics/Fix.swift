/// A suggested fix as a text edit of one line of the file: replace `length` characters
/// (Unicode scalars, as columns count) from `column` with `replacement`.
///
/// Data rather than prose, so that editors' tools can apply it and a test can prove that
/// applying it mends the problem.
public struct Fix: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let length: Int
    public let replacement: String

    public init(line: Int, column: Int, length: Int, replacement: String) {
        self.line = line
        self.column = column
        self.length = length
        self.replacement = replacement
    }

    /// Writing `suggestion.replacement` where `suggestion.written` is on `text`, the line
    /// `line` of a file; nil when there is no suggestion or the line does not have the text.
    static func replacing(_ suggestion: (written: String, replacement: String)?, on text: String, line: Int) -> Fix? {
        guard let suggestion, let range = text.range(of: suggestion.written) else { return nil }
        return Fix(
            line: line, column: text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound) + 1,
            length: suggestion.written.unicodeScalars.count, replacement: suggestion.replacement)
    }

    /// The file's text with the edit made; the text unchanged if the line is not in it.
    public func applied(to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.indices.contains(line - 1) else { return text }
        var scalars = Array(lines[line - 1].unicodeScalars)
        let start = min(column - 1, scalars.count)
        let end = min(start + length, scalars.count)
        scalars.replaceSubrange(start..<end, with: replacement.unicodeScalars)
        var edited = String.UnicodeScalarView()
        edited.append(contentsOf: scalars)
        lines[line - 1] = String(edited)
        return lines.joined(separator: "\n")
    }
}
