/// Splits a content file into its YAML front matter and its Markdown body, remembering on
/// which line of the file each begins so that diagnostics point at the editor's line.
///
/// Works on UTF-8 bytes: the loader has already made every line end a lone `\n`, and a `\n`
/// byte is always a line end of its own, so bytes split exactly as characters would, and
/// far faster on files of many kilobytes.
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
        let text = file.text
        let bytes = text.utf8
        let firstLineEnd = lineEnd(in: bytes, from: bytes.startIndex)
        guard isFence(bytes[bytes.startIndex..<firstLineEnd]), firstLineEnd < bytes.endIndex else {
            let failure: Problem = isFence(bytes[bytes.startIndex..<firstLineEnd]) ? .unterminatedFrontMatter : .missingFrontMatter
            return .failure(Diagnostic(failure, at: file.location()))
        }
        let yamlStart = bytes.index(after: firstLineEnd)
        var lineStart = yamlStart
        var lineIndex = 1  // 0-based, like the lines of the file
        while true {
            let end = lineEnd(in: bytes, from: lineStart)
            if isFence(bytes[lineStart..<end]) {
                let yamlEnd = lineStart == yamlStart ? yamlStart : bytes.index(before: lineStart)
                let bodyStart = end < bytes.endIndex ? bytes.index(after: end) : end
                return .success(
                    Split(
                        yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2, body: String(text[bodyStart...]),
                        bodyFirstLine: lineIndex + 2))
            }
            guard end < bytes.endIndex else { return .failure(Diagnostic(.unterminatedFrontMatter, at: file.location())) }
            lineStart = bytes.index(after: end)
            lineIndex += 1
        }
    }

    /// The index of the `\n` that ends the line starting at `start`, or the end of the text.
    private static func lineEnd(in bytes: String.UTF8View, from start: String.Index) -> String.Index {
        bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    }

    /// `---`, perhaps followed by spaces or tabs.
    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        var line = line
        while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { line = line.dropLast() }
        return line.elementsEqual("---".utf8)
    }
}
