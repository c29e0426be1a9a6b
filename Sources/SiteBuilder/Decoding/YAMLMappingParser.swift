import Yams

/// Parses a YAML block into a mapping, turning Yams' errors into diagnostics at the
/// editor's line.
enum YAMLMappingParser {
    /// Front matter is a few dozen keys; anything far larger is a mistake or an attack.
    static let maximumSize = 64 * 1024

    /// Yams' default encoding, which it works out anew for every parse by reading the whole
    /// process environment: decided once instead.
    /// (`Parser.Encoding` is a plain enum that Yams does not mark `Sendable`.)
    nonisolated(unsafe) private static let encoding = Parser.Encoding.default

    /// The block's `key: value` pairs, read by `CommonYAMLParser` when it can and by Yams
    /// otherwise.
    static func parse(_ yaml: String, in file: SourceFile, lineOffset: Int) -> Result<[FrontMatterNode.Pair], Diagnostic> {
        if yaml.utf8.count > maximumSize {
            return .failure(Diagnostic(.frontMatterTooLarge(limit: maximumSize), at: file.location(line: lineOffset + 1)))
        }
        // The common form has no anchors (`&` and `*` never start its values), so only what
        // it leaves to Yams is scanned for them.
        if let pairs = common(yaml) { return .success(pairs) }
        if let (line, column) = AnchorScanner.firstAnchorOrAlias(in: yaml) {
            return .failure(
                Diagnostic(.yamlAnchor, at: file.location(line: lineOffset + line, column: column), excerpt: file.line(lineOffset + line)))
        }
        return composed(yaml, in: file, lineOffset: lineOffset)
    }

    /// The block as `CommonYAMLParser` reads it, keys typed as Yams would type them; nil if
    /// it leaves the block to Yams.
    static func common(_ yaml: String) -> [FrontMatterNode.Pair]? {
        let typesKeys = resolver(for: yaml) === Resolver.default
        guard case .mapping(let pairs) = CommonYAMLParser.parse(yaml, isText: { !typesKeys || !typedKeys.contains($0) })?.value
        else { return nil }
        return pairs
    }

    /// The keys Yams' default resolver types as a boolean or as null. Of the keys
    /// `CommonYAMLParser` reads (letters, digits and `_`, not starting with a digit) it types
    /// no other as anything but text: numbers, dates and the rest start with a digit, a sign,
    /// a dot or a symbol. A test holds this list to the resolver.
    static let typedKeys: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off",
        "OFF", "null", "Null", "NULL",
    ]

    /// The block as Yams reads it.
    static func composed(_ yaml: String, in file: SourceFile, lineOffset: Int) -> Result<[FrontMatterNode.Pair], Diagnostic> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, resolver(for: yaml), .default, encoding)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: file, lineOffset: lineOffset, yaml: yaml))
        } catch {
            return .failure(Diagnostic(.yamlOther, at: file.location(line: lineOffset + 1)))
        }
        guard let node, case .mapping(let pairs) = FrontMatterNode(node).value else {
            return .failure(Diagnostic(.frontMatterNotMap, at: file.location(line: lineOffset + 1)))
        }
        return .success(pairs)
    }

    /// Yams' default resolver types each plain scalar by trying regular expressions on it,
    /// and compares keys by those types when it looks for a key written twice — most of the
    /// time spent reading front matter. The types are never used: values are read as text.
    /// Without an explicit tag (`!!int 1`, `!x`), which always contains `!`, every node's
    /// tag is implicit, so two keys are equal under either resolver exactly when they are
    /// equal as text, and the basic resolver, without expressions, finds the same duplicates.
    /// With a `!` anywhere, the default resolver decides as before.
    private static func resolver(for yaml: String) -> Resolver {
        var yaml = yaml
        return yaml.withUTF8 { $0.contains(UInt8(ascii: "!")) } ? .default : .basic
    }

    /// The 1-based line on which `key:` is written for the second time, if it is.
    private static func secondLine(of key: String, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let matches = lines.indices.filter { index in
            let text = lines[index].drop(while: { $0 == " " || $0 == "-" })
            return text.hasPrefix(key) && text.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":")
        }
        return matches.count >= 2 ? matches[1] + 1 : nil
    }

    private static func diagnostic(for error: YamlError, in file: SourceFile, lineOffset: Int, yaml: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let mistake = YAMLMistake(
                context: context.map { ($0.text, $0.mark.line, $0.mark.column) }, problem: problem, line: mark.line, column: mark.column,
                yaml: yaml)
            let line = mistake.line + lineOffset
            return Diagnostic(
                mistake.problem, at: file.location(line: line, column: mistake.column), excerpt: file.line(line),
                fix: mistake.fix.map { Fix(line: line, column: $0.column, length: $0.length, replacement: $0.replacement) })
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams points at the first occurrence; the editor wants the repeated one.
            let line = duplicates.sorted().first.flatMap { secondLine(of: $0, in: yaml) } ?? context.mark.line
            return Diagnostic(
                .duplicateKey(keys: duplicates.sorted()), at: file.location(line: line + lineOffset, column: 1),
                excerpt: file.line(line + lineOffset))
        default:
            return Diagnostic(.yamlOther, at: file.location(line: lineOffset + 1))
        }
    }
}
