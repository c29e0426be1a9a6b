import Yams

/// Says what an editor typed wrong when YAML cannot read the front matter — a Tab, a colon
/// in a value, a quote never closed, a line indented wrong — in the editor's words, never
/// in libyaml's, at the line and column of the mistake.
struct YAMLMistake {
    let problem: Problem
    /// 1-based, counted in the YAML block.
    let line: Int
    let column: Int
    /// The edit that mends it, in the block's lines and columns; nil when only the editor knows.
    let fix: (column: Int, length: Int, replacement: String)?

    /// - Parameters:
    ///   - context: libyaml's "while scanning …" and where that began, if it said.
    ///   - problem: libyaml's words for what it found.
    ///   - line, column: where libyaml stopped, 1-based in the block.
    init(context: (text: String, line: Int, column: Int)?, problem libyamlProblem: String, line: Int, column: Int, yaml: String) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        func text(_ number: Int) -> [Unicode.Scalar] { lines.indices.contains(number - 1) ? lines[number - 1] : [] }
        let here = text(line)

        if let tab = here.firstIndex(of: "\t") {
            let tabLine = line
            let written = here
            // A Tab after the text has begun is a space mistyped; one in the indent needs the
            // editor to count the spaces.
            let isIndent = written[..<tab].allSatisfy { $0 == " " }
            self.init(
                problem: .yamlTab, line: tabLine, column: tab + 1,
                fix: isIndent ? Self.indentFix(written, after: lines, before: tabLine) : (tab + 1, 1, " "))
        } else if let context, context.text.contains("quoted scalar") {
            let opening = text(context.line)
            let quote = opening.indices.contains(context.column - 1) ? String(opening[context.column - 1]) : "\""
            self.init(
                problem: .yamlUnclosedQuote(quote: quote), line: context.line, column: context.column,
                fix: (opening.count + 1, 0, quote))
        } else if let context, context.text.contains("flow sequence") || context.text.contains("flow mapping") {
            // `subjects: [Người lao động` with no `]`.
            let closing = context.text.contains("flow sequence") ? "]" : "}"
            let opening = text(context.line)
            self.init(
                problem: .yamlUnclosedBracket(opening: closing == "]" ? "[" : "{", closing: closing), line: context.line,
                column: context.column, fix: (opening.count + 1, 0, closing))
        } else if libyamlProblem.contains("mapping values are not allowed") {
            let indent = here.prefix(while: { $0 == " " }).count
            let firstColon = Self.firstKeyColon(in: here)
            if let firstColon, firstColon + 1 < column {
                // `title: Thủ tục: cấp lại`: the value has a colon of its own. The key starts
                // after the indent and a list entry's `- `.
                var keyStart = indent
                while here[keyStart...].starts(with: ["-", " "]) {
                    keyStart = here[(keyStart + 1)...].firstIndex(where: { $0 != " " }) ?? keyStart + 1
                }
                let key = String(String.UnicodeScalarView(here[keyStart..<firstColon]))
                let valueStart = here[(firstColon + 1)...].firstIndex(where: { $0 != " " }) ?? here.count
                let value = String(String.UnicodeScalarView(here[valueStart...]))
                let quoted = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                self.init(
                    problem: .yamlColonInValue(key: key.trimmingScalars(in: .whitespaces)), line: line, column: column,
                    fix: (valueStart + 1, here.count - valueStart, quoted))
            } else {
                // `  description: y` under `title: x`: a key indented as if it continued the value.
                self.init(problem: .yamlIndentation, line: line, column: indent + 1, fix: Self.indentFix(here, after: lines, before: line))
            }
        } else if let context, context.text.contains("block mapping") || context.text.contains("block collection"),
            libyamlProblem.contains("did not find expected")
        {
            // A key, or a list's `- `, where the block around it cannot have one.
            let indent = here.prefix(while: { $0 == " " }).count
            self.init(problem: .yamlIndentation, line: line, column: indent + 1, fix: Self.indentFix(here, after: lines, before: line))
        } else {
            self.init(problem: .yamlOther, line: line, column: column, fix: nil)
        }
    }

    private init(problem: Problem, line: Int, column: Int, fix: (column: Int, length: Int, replacement: String)?) {
        self.problem = problem
        self.line = line
        self.column = column
        self.fix = fix
    }

    /// The 0-based offset of the colon that ends a line's key (`key:` followed by a space or
    /// the line's end), if the line starts with one.
    private static func firstKeyColon(in line: [Unicode.Scalar]) -> Int? {
        for index in line.indices where line[index] == ":" {
            if index + 1 == line.count || line[index + 1] == " " { return index }
        }
        return nil
    }

    /// The line's indent (spaces or Tabs) made like the nearest line before it that has
    /// text: a sibling key's, the next key of a list entry's (`- method: …` then `time: …`
    /// under `method`), or one step in under a key that ends with `:`.
    private static func indentFix(_ line: [Unicode.Scalar], after lines: [[Unicode.Scalar]], before number: Int) -> (Int, Int, String)? {
        let isBlank = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" }
        let current = line.prefix(while: isBlank).count
        guard
            let previous = lines.prefix(number - 1).last(where: {
                let text = $0.drop(while: isBlank)
                return !text.isEmpty && text.first != "#"
            })
        else { return (1, current, "") }
        let previousIndent = previous.prefix(while: { $0 == " " }).count
        let startsEntry = { (text: [Unicode.Scalar]) in text.dropFirst(text.prefix(while: isBlank).count).starts(with: ["-", " "]) }
        var indent = startsEntry(previous) && !startsEntry(line) ? previousIndent + 2 : previousIndent
        if previous.last == ":" { indent += 2 }
        guard indent != current || line.prefix(current).contains("\t") else { return nil }
        return (1, current, String(repeating: " ", count: indent))
    }
}
