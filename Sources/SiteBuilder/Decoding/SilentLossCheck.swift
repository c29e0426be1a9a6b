/// Finds what YAML reads otherwise than an editor meant, without an error: a value cut short
/// by ` #` (the rest became a comment), a value wrapped in typographic quotes pasted from a
/// word processor (kept as part of the value), and a required key left commented out in a
/// scaffold. Each is a warning at its line, saying what to write instead.
///
/// Runs on every file of every build, most of them written from scaffolds full of comments:
/// values are compared with the YAML's bytes, and a key's path is only spelled out for a
/// warning.
enum SilentLossCheck {
    /// Opening and closing typographic quotes: “…”, „…“, ‘…’, ‚…‘, «…».
    private static let openingQuotes: Set<Unicode.Scalar> = ["“", "„", "‘", "‚", "«"]
    private static let closingQuotes: Set<Unicode.Scalar> = ["”", "“", "’", "‘", "»"]

    /// One step of a key's path: `channels`, then `[1]`, then `time`.
    private enum PathPart {
        case key(String)
        case index(Int)
    }

    /// - Parameter problems: the file's problems so far; a missing key among them is looked
    ///   for on a commented-out line.
    static func warnings(
        yaml: String, mapping: [FrontMatterNode.Pair], problems: [Diagnostic], file: SourceFile, lineOffset: Int
    ) -> [Diagnostic] {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard bytes.offset(of: UInt8(ascii: "#")) != nil || hasQuoteLead(bytes) else { return [] }
            var check = Check(bytes: bytes, file: file, lineOffset: lineOffset)
            var path: [PathPart] = []
            for pair in mapping {
                path.append(.key(pair.key.text ?? ""))
                check.visit(pair.value, path: &path)
                path.removeLast()
            }
            for problem in problems {
                guard let key = problem.problem.missingKeyPath, !key.contains("."), let (line, column) = check.commentedOut(key)
                else { continue }
                check.found.append(Diagnostic(.commentedOutKey(key: key), at: file.location(line: line + lineOffset, column: column)))
            }
            return check.found
        }
    }

    /// Whether any byte could start a typographic quote: 0xE2 (U+2018–U+201E) or 0xC2 (« »).
    private static func hasQuoteLead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.offset(of: 0xE2) != nil || bytes.offset(of: 0xC2) != nil
    }

    private struct Check {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: SourceFile
        let lineOffset: Int
        let hasHash: Bool
        let hasQuote: Bool
        /// Where each line starts, made the first time a line is looked at.
        private var lineStarts: [Int]?
        var found: [Diagnostic] = []

        init(bytes: UnsafeBufferPointer<UInt8>, file: SourceFile, lineOffset: Int) {
            self.bytes = bytes
            self.file = file
            self.lineOffset = lineOffset
            hasHash = bytes.offset(of: UInt8(ascii: "#")) != nil
            hasQuote = SilentLossCheck.hasQuoteLead(bytes)
        }

        mutating func visit(_ node: FrontMatterNode, path: inout [PathPart]) {
            switch node.value {
            case .scalar(let text, let isPlain, _):
                guard let position = node.position else { return }
                if hasQuote, let first = text.unicodeScalars.first, openingQuotes.contains(first),
                    let last = text.unicodeScalars.last, closingQuotes.contains(last), text.unicodeScalars.count >= 2
                {
                    let inner = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst().dropLast()))
                        .trimmingScalars(in: .whitespaces)
                    found.append(
                        Diagnostic(
                            .typographicQuotes(key: Self.spelled(path), value: inner, quoted: text),
                            at: file.location(line: position.line + lineOffset, column: position.column)))
                }
                if hasHash, isPlain, let (comment, column) = lostComment(after: text, at: position) {
                    found.append(
                        Diagnostic(
                            .commentInValue(key: Self.spelled(path), published: text, written: text + " " + comment),
                            at: file.location(line: position.line + lineOffset, column: column)))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() {
                    path.append(.index(index + 1))
                    visit(item, path: &path)
                    path.removeLast()
                }
            case .mapping(let pairs):
                for pair in pairs {
                    path.append(.key(pair.key.text ?? ""))
                    visit(pair.value, path: &path)
                    path.removeLast()
                }
            }
        }

        /// `channels[1].time`, as messages name keys.
        private static func spelled(_ path: [PathPart]) -> String {
            var text = ""
            for part in path {
                switch part {
                case .key(let key): text += (text.isEmpty ? "" : ".") + key
                case .index(let index): text += "[\(index)]"
                }
            }
            return text
        }

        /// The line's bytes, counted from 1.
        private mutating func line(_ number: Int) -> Range<Int>? {
            if lineStarts == nil {
                var starts = [0]
                var index = 0
                while let newline = bytes.offset(of: UInt8(ascii: "\n"), from: index) {
                    starts.append(newline + 1)
                    index = newline + 1
                }
                lineStarts = starts
            }
            guard let starts = lineStarts, number >= 1, number <= starts.count else { return nil }
            let end = number < starts.count ? starts[number] - 1 : bytes.count
            return starts[number - 1]..<end
        }

        /// The comment that ended a plain value on its line, and the column of its `#`, when it
        /// was most likely meant as part of the value.
        ///
        /// Not a lost value: a comment after a word such as `full`, `in-person`, `2024-03-05` or
        /// `2.000693` (lowercase ASCII without spaces: an allowed value, a date, a code, a number),
        /// which an editor may well annotate; nor one set apart by two spaces or more with a space
        /// after its `#`, as the scaffolds write their comments. Anything else — `mẫu #2`,
        /// `BHXH # tỉnh` — is text the editor meant to publish.
        private mutating func lostComment(after text: String, at position: FrontMatterNode.Position) -> (comment: String, column: Int)? {
            guard !text.isEmpty, let line = line(position.line) else { return nil }
            // The value's first byte: the column counts Unicode scalars, which start at every byte
            // but continuation bytes.
            var start = line.lowerBound
            var column = 1
            while column < position.column && start < line.upperBound {
                start += 1
                if start == line.upperBound || bytes[start] & 0xC0 != 0x80 { column += 1 }
            }
            let valueBytes = text.utf8
            let end = start + valueBytes.count
            guard end < line.upperBound, bytes[end] == UInt8(ascii: " "),
                valueBytes.elementsEqual(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            else { return nil }
            var hash = end
            while hash < line.upperBound && bytes[hash] == UInt8(ascii: " ") { hash += 1 }
            guard hash < line.upperBound, bytes[hash] == UInt8(ascii: "#") else { return nil }
            if valueBytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: " ") && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
                return nil
            }
            let afterHash = hash + 1
            if hash - end >= 2 && (afterHash == line.upperBound || bytes[afterHash] == UInt8(ascii: " ")) { return nil }
            let comment = String(decoding: UnsafeBufferPointer(rebasing: bytes[hash..<line.upperBound]), as: UTF8.self)
            return (comment.trimmingScalars(in: .whitespaces), position.column + text.unicodeScalars.count + (hash - end))
        }

        /// The line (from 1) and column of the `#` of a line `# key: …` or `#key:`, if any.
        mutating func commentedOut(_ key: String) -> (Int, Int)? {
            _ = line(1)
            for number in 1...(lineStarts?.count ?? 0) {
                guard let range = line(number) else { continue }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                let indent = text.prefix { $0 == " " }.count
                let afterIndent = text.dropFirst(indent)
                guard afterIndent.first == "#" else { continue }
                let written = afterIndent.dropFirst().drop { $0 == " " }
                guard written.hasPrefix(key), written.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
                return (number, indent + 1)
            }
            return nil
        }
    }
}
