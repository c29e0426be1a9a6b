/// Finds what YAML reads otherwise than an editor meant, without an error: a value cut short
/// by ` #` (the rest became a comment), a value wrapped in typographic quotes pasted from a
/// word processor (kept as part of the value), and a required key left commented out in a
/// scaffold. Each is a warning at its line, saying what to write instead.
enum SilentLossCheck {
    /// Opening and closing typographic quotes: “…”, „…“, ‘…’, ‚…‘, «…».
    private static let openingQuotes: Set<Character> = ["“", "„", "‘", "‚", "«"]
    private static let closingQuotes: Set<Character> = ["”", "“", "’", "‘", "»"]

    /// - Parameter problems: the file's problems so far; a missing key among them is looked
    ///   for on a commented-out line.
    static func warnings(
        yaml: String, mapping: [FrontMatterNode.Pair], problems: [Diagnostic], file: SourceFile, lineOffset: Int
    ) -> [Diagnostic] {
        let hasHash = yaml.utf8.contains(UInt8(ascii: "#"))
        // Every typographic quote starts with the byte 0xE2 (U+2018–U+201E) or 0xC2 (« »).
        let hasQuote = yaml.utf8.contains { $0 == 0xE2 || $0 == 0xC2 }
        guard hasHash || hasQuote else { return [] }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [Diagnostic] = []
        func visit(_ node: FrontMatterNode, path: String) {
            switch node.value {
            case .scalar(let text, let isPlain, _):
                guard let position = node.position else { return }
                if hasQuote, let first = text.first, let last = text.last, text.count >= 2,
                    openingQuotes.contains(first), closingQuotes.contains(last)
                {
                    let inner = String(text.dropFirst().dropLast()).trimmingScalars(in: .whitespaces)
                    found.append(
                        Diagnostic(
                            .typographicQuotes(key: path, value: inner, quoted: text),
                            at: file.location(line: position.line + lineOffset, column: position.column)))
                }
                if hasHash, isPlain, position.line <= lines.count,
                    let (comment, column) = lostComment(after: text, in: lines[position.line - 1], column: position.column)
                {
                    found.append(
                        Diagnostic(
                            .commentInValue(key: path, published: text, written: text + " " + comment),
                            at: file.location(line: position.line + lineOffset, column: column)))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() { visit(item, path: "\(path)[\(index + 1)]") }
            case .mapping(let pairs):
                for pair in pairs { visit(pair.value, path: (path.isEmpty ? "" : path + ".") + (pair.key.text ?? "")) }
            }
        }
        for pair in mapping { visit(pair.value, path: pair.key.text ?? "") }
        if hasHash {
            for problem in problems {
                guard case .missingKey(let key) = problem.problem, !key.contains("."), let (line, column) = commentedOut(key, in: lines) else { continue }
                found.append(Diagnostic(.commentedOutKey(key: key), at: file.location(line: line + lineOffset, column: column)))
            }
        }
        return found
    }

    /// The comment that ended a plain value on its line, and the column of its `#`, when it
    /// was most likely meant as part of the value.
    ///
    /// Not a lost value: a comment after a word such as `full`, `in-person`, `2024-03-05` or
    /// `2.000693` (lowercase ASCII without spaces: an allowed value, a date, a code, a number),
    /// which an editor may well annotate; nor one set apart by two spaces or more with a space
    /// after its `#`, as the scaffolds write their comments. Anything else — `mẫu #2`,
    /// `BHXH # tỉnh` — is text the editor meant to publish.
    static func lostComment(after text: String, in line: Substring, column: Int) -> (comment: String, column: Int)? {
        let scalars = line.unicodeScalars
        guard column - 1 <= scalars.count else { return nil }
        let rest = Substring(scalars.dropFirst(column - 1))
        guard !text.isEmpty, rest.hasPrefix(text) else { return nil }
        let after = rest.dropFirst(text.count)
        let gap = after.prefix { $0 == " " }
        guard !gap.isEmpty, after.dropFirst(gap.count).first == "#" else { return nil }
        let comment = after.dropFirst(gap.count)
        if text.allSatisfy({ $0.isASCII && !$0.isUppercase && $0 != " " }) { return nil }
        if gap.count >= 2 && (comment.dropFirst().first == " " || comment.count == 1) { return nil }
        let hashColumn = column + text.unicodeScalars.count + gap.count
        return (String(comment).trimmingScalars(in: .whitespaces), hashColumn)
    }

    /// The line (from 1) and column of the `#` of a line `# key: …` or `#key:`, if any.
    private static func commentedOut(_ key: String, in lines: [Substring]) -> (Int, Int)? {
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let afterIndent = line.dropFirst(indent)
            guard afterIndent.first == "#" else { continue }
            let written = afterIndent.dropFirst().drop { $0 == " " }
            guard written.hasPrefix(key), written.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            return (index + 1, indent + 1)
        }
        return nil
    }
}
