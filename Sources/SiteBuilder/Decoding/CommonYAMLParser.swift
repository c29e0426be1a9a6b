/// Reads the YAML that front matter is almost always written in, in one pass over its bytes:
/// `key: value` lines, nested maps, block lists of texts or of entries, one-line `[a, b]`
/// lists, texts plain, in double or in single quotes, and comments.
///
/// Yams builds each node through libyaml's events and compares every key with every other:
/// a tenth of a build's time at ten thousand procedures. This reader gives the mapping Yams
/// would give, or nil for anything else — escapes, texts over several lines, tags, anchors,
/// `{}` maps, tabs, control characters, a key written twice, escapes but `\"`, `\\` and `\/` —
/// which Yams then reads as before, with its own messages. Tests hold the two to the same result.
struct CommonYAMLParser {
    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// A line of the block: where it starts and ends, and how far it is indented.
    private struct Line {
        /// Counted from 1.
        let number: Int
        let start: Int
        let end: Int
        let indent: Int
        /// Blank, or only a comment: skipped wherever it stands.
        var isEmpty: Bool
    }

    private let bytes: Bytes
    /// Whether YAML types a key as text, as the resolver Yams would use does.
    private let isText: (String) -> Bool
    private var lines: [Line] = []
    /// The next line to read.
    private var current = 0

    private init(_ bytes: Bytes, isText: @escaping (String) -> Bool) {
        self.bytes = bytes
        self.isText = isText
    }

    /// The block's mapping, or nil when the block is not in this common form.
    /// - Parameter isText: whether YAML types a key as text; all are under Yams' basic resolver.
    static func parse(_ yaml: String, isText: @escaping (String) -> Bool = { _ in true }) -> FrontMatterNode? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var parser = CommonYAMLParser(bytes, isText: isText)
            guard parser.splitLines() else { return nil }
            guard let first = parser.nextLine(), first.indent == 0 else { return nil }
            guard let mapping = parser.mapping(indent: 0), parser.nextLine() == nil else { return nil }
            return mapping
        }
    }

    // MARK: Lines

    /// Splits the block into lines; false if it holds a byte this reader leaves to Yams:
    /// tabs, control characters, a byte-order mark (skipped at a line's start), and the line
    /// breaks U+0085, U+2028 and U+2029.
    private mutating func splitLines() -> Bool {
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                lines.append(Self.line(bytes, lines.count + 1, start, index))
                start = index + 1
            } else if byte < 0x20 || byte == 0x7F {
                return false
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 {
                return false
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
                return false
            } else if byte == 0xEF, index + 2 < bytes.count,
                bytes[index + 1] == 0xBB || bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
            {
                return false
            }
            index += 1
        }
        if start < bytes.count { lines.append(Self.line(bytes, lines.count + 1, start, bytes.count)) }
        return true
    }

    private static func line(_ bytes: Bytes, _ number: Int, _ start: Int, _ end: Int) -> Line {
        var first = start
        while first < end && bytes[first] == UInt8(ascii: " ") { first += 1 }
        return Line(
            number: number, start: start, end: end, indent: first - start, isEmpty: first == end || bytes[first] == UInt8(ascii: "#"))
    }

    /// The next line that is not empty, without reading it.
    private mutating func nextLine() -> Line? {
        while current < lines.count && lines[current].isEmpty { current += 1 }
        return current < lines.count ? lines[current] : nil
    }

    // MARK: Blocks

    /// The `key: value` lines at this indent, from the current line on.
    /// - Parameter firstKey: where the first key stands when it follows a list's `- `.
    private mutating func mapping(indent: Int, firstKey: Int? = nil) -> FrontMatterNode? {
        var pairs: [FrontMatterNode.Pair] = []
        var keys: Set<String> = []
        var position: FrontMatterNode.Position?
        var keyStart = firstKey
        while let line = nextLine() {
            if keyStart == nil {
                guard line.indent == indent else {
                    if line.indent > indent { return nil }
                    break
                }
                keyStart = line.start + indent
            }
            guard let start = keyStart, let colon = keyEnd(from: start, in: line) else { return nil }
            keyStart = nil
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
            guard keys.insert(key).inserted else { return nil }
            let keyPosition = self.position(of: start, in: line)
            position = position ?? keyPosition
            let keyNode = FrontMatterNode(value: .scalar(key, isPlain: true, isTypedText: isText(key)), position: keyPosition)
            let valueStart = skipSpaces(from: colon + 1, in: line)
            let value: FrontMatterNode?
            if valueStart == line.end || bytes[valueStart] == UInt8(ascii: "#") {
                current += 1
                value = nested(in: indent, emptyAt: self.position(of: colon + 1, in: line))
            } else {
                value = inlineValue(from: valueStart, in: line)
                current += 1
            }
            guard let value else { return nil }
            pairs.append(FrontMatterNode.Pair(key: keyNode, value: value))
        }
        return FrontMatterNode(value: .mapping(pairs), position: position)
    }

    /// The value of a key written alone on its line: the block below it, or no value.
    private mutating func nested(in indent: Int, emptyAt position: FrontMatterNode.Position) -> FrontMatterNode? {
        let empty = FrontMatterNode(value: .scalar("", isPlain: true, isTypedText: true), position: position)
        guard let line = nextLine(), line.indent >= indent else { return empty }
        let first = line.start + line.indent
        if isEntry(at: first, in: line) { return sequence(indent: line.indent) }
        guard line.indent > indent else { return empty }
        return mapping(indent: line.indent)
    }

    /// The `- item` lines at this indent, from the current line on.
    private mutating func sequence(indent: Int) -> FrontMatterNode? {
        var items: [FrontMatterNode] = []
        var position: FrontMatterNode.Position?
        while let line = nextLine() {
            let dash = line.start + indent
            guard line.indent == indent, isEntry(at: dash, in: line) else {
                if line.indent > indent { return nil }
                break
            }
            position = position ?? self.position(of: dash, in: line)
            let itemStart = skipSpaces(from: dash + 1, in: line)
            guard itemStart < line.end, bytes[itemStart] != UInt8(ascii: "#") else { return nil }
            let item: FrontMatterNode?
            if keyEnd(from: itemStart, in: line) != nil {
                item = mapping(indent: itemStart - line.start, firstKey: itemStart)
            } else {
                item = inlineValue(from: itemStart, in: line)
                current += 1
            }
            guard let item else { return nil }
            items.append(item)
        }
        return FrontMatterNode(value: .sequence(items), position: position)
    }

    /// `- ` or a lone `-`: a block list's entry.
    private func isEntry(at index: Int, in line: Line) -> Bool {
        index < line.end && bytes[index] == UInt8(ascii: "-") && (index + 1 == line.end || bytes[index + 1] == UInt8(ascii: " "))
    }

    /// The end of a `key:` starting here: letters, digits and `_`, not starting with a digit,
    /// then a colon followed by a space or the line's end.
    private func keyEnd(from start: Int, in line: Line) -> Int? {
        var index = start
        while index < line.end, Self.isKeyByte(bytes[index], first: index == start) { index += 1 }
        guard index > start, index < line.end, bytes[index] == UInt8(ascii: ":") else { return nil }
        return index + 1 == line.end || bytes[index + 1] == UInt8(ascii: " ") ? index : nil
    }

    private static func isKeyByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): !first
        default: false
        }
    }

    // MARK: Values on one line

    /// A text or a `[…]` list that fills the rest of the line, but for spaces and a comment.
    private func inlineValue(from start: Int, in line: Line) -> FrontMatterNode? {
        let parsed = bytes[start] == UInt8(ascii: "[") ? flowSequence(from: start, in: line) : scalar(from: start, in: line, inFlow: false)
        guard let (node, end) = parsed, isRestEmpty(from: end, in: line) else { return nil }
        return node
    }

    /// `[a, "b", 'c']` on one line.
    private func flowSequence(from start: Int, in line: Line) -> (FrontMatterNode, Int)? {
        var items: [FrontMatterNode] = []
        var index = skipSpaces(from: start + 1, in: line)
        if index < line.end && bytes[index] == UInt8(ascii: "]") {
            return (FrontMatterNode(value: .sequence([]), position: position(of: start, in: line)), index + 1)
        }
        while true {
            guard index < line.end, let (item, end) = scalar(from: index, in: line, inFlow: true) else { return nil }
            items.append(item)
            index = skipSpaces(from: end, in: line)
            guard index < line.end else { return nil }
            if bytes[index] == UInt8(ascii: "]") { break }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpaces(from: index + 1, in: line)
        }
        return (FrontMatterNode(value: .sequence(items), position: position(of: start, in: line)), index + 1)
    }

    /// A text starting here and where it ends: quoted on this line, or plain.
    private func scalar(from start: Int, in line: Line, inFlow: Bool) -> (FrontMatterNode, Int)? {
        let position = position(of: start, in: line)
        let first = bytes[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var close = start + 1
            var isEscaped = false
            while close < line.end && bytes[close] != first {
                if first == UInt8(ascii: "\"") && bytes[close] == UInt8(ascii: "\\") {
                    guard close + 1 < line.end, Self.escaped.contains(bytes[close + 1]) else { return nil }
                    isEscaped = true
                    close += 1
                }
                close += 1
            }
            guard close < line.end else { return nil }
            let text = isEscaped ? unescaped(start + 1, close) : text(start + 1, close)
            return (FrontMatterNode(value: .scalar(text, isPlain: false, isTypedText: true), position: position), close + 1)
        }
        guard !Self.indicators.contains(first) else { return nil }
        var end = start
        var index = start
        while index < line.end {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                if index + 1 < line.end && bytes[index + 1] == UInt8(ascii: "#") { break }
            } else if byte == UInt8(ascii: ":") {
                // `: ` would start a mapping; in a list, libyaml refuses `:` before `,?[]{}`.
                if index + 1 == line.end || bytes[index + 1] == UInt8(ascii: " ") { return nil }
                if inFlow && (Self.flowIndicators.contains(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "?")) { return nil }
                end = index + 1
            } else {
                if inFlow && Self.flowIndicators.contains(byte) { break }
                end = index + 1
            }
            index += 1
        }
        return (FrontMatterNode(value: .scalar(text(start, end), isPlain: true, isTypedText: true), position: position), end)
    }

    /// Bytes that cannot start a plain text, or that give it a meaning this reader leaves to Yams.
    private static let indicators: [UInt8] = Array("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let flowIndicators: [UInt8] = Array(",[]{}".utf8)
    /// What may follow `\\` in double quotes here: it stands for itself.
    private static let escaped: [UInt8] = Array("\"\\/".utf8)

    private func isRestEmpty(from index: Int, in line: Line) -> Bool {
        let next = skipSpaces(from: index, in: line)
        return next == line.end || (next > index && bytes[next] == UInt8(ascii: "#"))
    }

    private func skipSpaces(from index: Int, in line: Line) -> Int {
        var index = index
        while index < line.end && bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Double-quoted text with `\\` before some of its bytes.
    private func unescaped(_ start: Int, _ end: Int) -> String {
        var text: [UInt8] = []
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "\\") { index += 1 }
            text.append(bytes[index])
            index += 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Lines count from 1; columns count Unicode scalars from 1.
    private func position(of index: Int, in line: Line) -> FrontMatterNode.Position {
        var column = 1
        for offset in line.start..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
        return FrontMatterNode.Position(line: line.number, column: column)
    }
}
