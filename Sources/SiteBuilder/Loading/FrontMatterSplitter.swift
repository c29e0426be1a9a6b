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
        var text = file.text
        // Offsets of the YAML, its end and the body, found over the bytes in one buffer.
        let found: Outcome = text.withUTF8 { bytes in
            let firstLineEnd = lineEnd(in: bytes, from: 0)
            guard isFence(bytes[0..<firstLineEnd]), firstLineEnd < bytes.count else {
                return .problem(isFence(bytes[0..<firstLineEnd]) ? .unterminatedFrontMatter : .missingFrontMatter)
            }
            let yamlStart = firstLineEnd + 1
            var lineStart = yamlStart
            var lineIndex = 1  // 0-based, like the lines of the file
            while true {
                let end = lineEnd(in: bytes, from: lineStart)
                if isFence(bytes[lineStart..<end]) {
                    let yamlEnd = lineStart == yamlStart ? yamlStart : lineStart - 1
                    return .found(
                        yamlStart: yamlStart, yamlEnd: yamlEnd, bodyStart: end < bytes.count ? end + 1 : end, bodyFirstLine: lineIndex + 2)
                }
                guard end < bytes.count else { return .problem(.unterminatedFrontMatter) }
                lineStart = end + 1
                lineIndex += 1
            }
        }
        switch found {
        case .problem(let problem):
            return .failure(Diagnostic(problem, at: file.location()))
        case .found(let yamlStart, let yamlEnd, let bodyStart, let bodyFirstLine):
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return .success(
                Split(
                    yaml: String(text[index(yamlStart)..<index(yamlEnd)]), yamlFirstLine: 2, body: String(text[index(bodyStart)...]),
                    bodyFirstLine: bodyFirstLine))
        }
    }

    /// Where the parts of a file begin (byte offsets), or why it has no front matter.
    private enum Outcome {
        case found(yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyFirstLine: Int)
        case problem(Problem)
    }

    /// The offset of the `\n` that ends the line starting at `start`, or the end of the text.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        bytes.offset(of: UInt8(ascii: "\n"), from: start) ?? bytes.count
    }

    /// `---`, perhaps followed by spaces or tabs.
    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var line = line
        while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { line = line.dropLast() }
        return line.elementsEqual("---".utf8)
    }
}
