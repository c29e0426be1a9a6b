/// Splits a content file into its YAML front matter and its Markdown body, remembering on
/// which line of the file each begins so that diagnostics point at the editor's line.
enum FrontMatterSplitter {
    struct Split: Sendable {
        let yaml: String
        /// Line of the file on which the YAML's first line stands.
        let yamlFirstLine: Int
        let body: String
        /// Line of the file on which the body's first line stands.
        let bodyFirstLine: Int
    }

    static func split(_ file: SourceFile) -> Result<Split, Diagnostic> {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            return .failure(Diagnostic(.missingFrontMatter, at: file.location()))
        }
        guard let closing = lines.dropFirst().firstIndex(where: isFence) else {
            return .failure(Diagnostic(.unterminatedFrontMatter, at: file.location()))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(Split(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces == "---"
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
