import Foundation
import Yams

/// Reads typed values out of one YAML mapping, recording a diagnostic for each wrong key
/// instead of stopping at the first, and remembering where each key was written.
///
/// Values are taken from the YAML text as written (`2.000740` stays `2.000740`), never
/// through YAML's own typing.
struct FrontMatterReader {
    private let mapping: Node.Mapping
    /// Each key's pair, found once: Yams' own lookup compares the asked key with every key
    /// of the mapping, typing both with regular expressions each time.
    private let pairs: [String: Node.Mapping.Element]
    private let file: SourceFile
    /// Added to Yams' line numbers, which count from the YAML block's first line.
    private let lineOffset: Int
    /// `channels[2].` for a reader of a nested record: how keys are named in messages.
    private let keyPrefix: String
    private let mappingLocation: SourceLocation
    /// Keys asked for, in order: a few dozen, searched only for a key no reader allows.
    private var readKeys: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each key path was written, in reading order (a path is written in one place).
    /// A list, not a dictionary: it is searched only to place a problem, and most documents
    /// are kept without it.
    private(set) var keyLocationList: [(keyPath: String, location: SourceLocation)] = []

    /// Where each key path was written, by path.
    var keyLocations: [String: SourceLocation] {
        Dictionary(keyLocationList, uniquingKeysWith: { first, _ in first })
    }

    init(mapping: Node.Mapping, file: SourceFile, lineOffset: Int, keyPrefix: String = "", location: SourceLocation? = nil) {
        self.mapping = mapping
        self.pairs = Self.pairsByKey(mapping)
        self.file = file
        self.lineOffset = lineOffset
        self.keyPrefix = keyPrefix
        self.mappingLocation = location ?? file.location(line: lineOffset + 1)
    }

    // MARK: Scalars

    mutating func string(_ key: String) -> String? {
        guard let (node, location) = value(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            report(.wrongType(key: keyPrefix + key, expected: "a single text value"), at: location)
            return nil
        }
        let text = scalar.string.trimmingScalars(in: .whitespacesAndNewlines)
        if scalar.style == .plain && (text.isEmpty || text == "~" || text == "null") {
            report(.emptyValue(keyPrefix + key), at: location)
            return nil
        }
        return text
    }

    /// A required text: present, and not empty even when written as `""`.
    mutating func requiredString(_ key: String) -> String? {
        guard isPresent(key), let text = string(key) else { return nil }
        guard !text.isEmpty else {
            report(.requiredValueEmpty(keyPrefix + key), at: location(of: key))
            return nil
        }
        return text
    }

    mutating func date(_ key: String) -> CalendarDate? {
        guard let text = string(key) else { return nil }
        guard let date = CalendarDate(text) else {
            report(.invalidDate(key: keyPrefix + key, found: text), at: location(of: key))
            return nil
        }
        return date
    }

    mutating func requiredDate(_ key: String) -> CalendarDate? {
        isPresent(key) ? date(key) : nil
    }

    mutating func integer(_ key: String) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int(text) else {
            report(.wrongType(key: keyPrefix + key, expected: "a whole number like 3, found '\(text)'"), at: location(of: key))
            return nil
        }
        return value
    }

    mutating func term<Term: Vocabulary>(_ key: String, as type: Term.Type = Term.self) -> Term? {
        guard let text = string(key) else { return nil }
        return term(text, key: keyPrefix + key, at: location(of: key))
    }

    mutating func requiredTerm<Term: Vocabulary>(_ key: String, as type: Term.Type = Term.self) -> Term? {
        isPresent(key) ? term(key) : nil
    }

    // MARK: Lists

    /// A list of text values; a single value is accepted only where `acceptsSingle` says so
    /// (keys the content model types as "string or list").
    mutating func strings(_ key: String, required: Bool = false, acceptsSingle: Bool = false) -> [String] {
        guard let (node, location) = value(key) else {
            if required { report(.missingKey(keyPrefix + key), at: mappingLocation) }
            return []
        }
        if acceptsSingle, case .scalar = node {
            guard let text = string(key) else { return [] }
            if text.isEmpty && required { report(.requiredValueEmpty(keyPrefix + key), at: location) }
            return text.isEmpty ? [] : [text]
        }
        guard case .sequence(let sequence) = node else {
            report(.wrongType(key: keyPrefix + key, expected: "a list, one '- value' per line"), at: location)
            return []
        }
        var values: [String] = []
        for (index, item) in sequence.enumerated() {
            let itemKey = "\(key)[\(index + 1)]"
            let itemLocation = self.location(of: item)
            keyLocationList.append((keyPrefix + itemKey, itemLocation))
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                report(.wrongType(key: keyPrefix + itemKey, expected: "a text value"), at: itemLocation)
                continue
            }
            values.append(scalar.string.trimmingScalars(in: .whitespacesAndNewlines))
        }
        if required && values.isEmpty && sequence.isEmpty {
            report(.requiredValueEmpty(keyPrefix + key), at: location)
        }
        return values
    }

    mutating func terms<Term: Vocabulary>(_ key: String, required: Bool = false, as type: Term.Type = Term.self) -> [Term] {
        let texts = strings(key, required: required)
        return texts.enumerated().compactMap { index, text in
            let itemKey = "\(keyPrefix)\(key)[\(index + 1)]"
            return term(text, key: itemKey, at: recordedLocation(of: itemKey) ?? mappingLocation)
        }
    }

    /// A list of nested records such as `channels`, each read by `decode` with its own reader.
    mutating func records<Record>(
        _ key: String, required: Bool = false, decode: (inout FrontMatterReader) -> Record?
    ) -> [Record] {
        guard let (node, location) = value(key) else {
            if required { report(.missingKey(keyPrefix + key), at: mappingLocation) }
            return []
        }
        guard case .sequence(let sequence) = node, !(required && sequence.isEmpty) else {
            report(.wrongType(key: keyPrefix + key, expected: "a list of entries, each starting with '- '"), at: location)
            return []
        }
        var records: [Record] = []
        for (index, item) in sequence.enumerated() {
            let itemKey = "\(keyPrefix)\(key)[\(index + 1)]"
            let itemLocation = self.location(of: item)
            keyLocationList.append((itemKey, itemLocation))
            guard case .mapping(let itemMapping) = item else {
                report(.wrongType(key: itemKey, expected: "an entry of 'key: value' lines"), at: itemLocation)
                continue
            }
            var child = FrontMatterReader(
                mapping: itemMapping, file: file, lineOffset: lineOffset, keyPrefix: itemKey + ".", location: itemLocation)
            let record = decode(&child)
            diagnostics += child.diagnostics
            keyLocationList += child.keyLocationList
            if let record { records.append(record) }
        }
        return records
    }

    /// The free `extra:` map, kept as text, lists and maps.
    mutating func extra(_ key: String) -> [String: ExtraValue] {
        guard let (node, location) = value(key) else { return [:] }
        guard case .map(let entries) = Self.extraValue(node) else {
            report(.wrongType(key: keyPrefix + key, expected: "a map of 'key: value' lines"), at: location)
            return [:]
        }
        return entries
    }

    // MARK: Finishing

    /// Reports every key that was not read, suggesting the closest allowed one.
    mutating func reportUnknownKeys(allowed: [String]) {
        for (keyNode, _) in mapping {
            let key = keyNode.string ?? ""
            guard !allowed.contains(key), !readKeys.contains(key) else { continue }
            let suggestion = Suggestion.closest(to: key, among: allowed)
            report(.unknownKey(keyPrefix + key, suggestion: suggestion.map { keyPrefix + $0 }), at: location(of: keyNode))
        }
    }

    mutating func report(_ problem: Problem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(problem, at: location))
    }

    func has(_ key: String) -> Bool { pairs[key] != nil }

    /// Whether a required key is written; reports it missing when it is not.
    private mutating func isPresent(_ key: String) -> Bool {
        if !has(key) { report(.missingKey(keyPrefix + key), at: mappingLocation) }
        return has(key)
    }

    /// Where the key was written, or the mapping's start if it was not.
    func location(of key: String) -> SourceLocation {
        recordedLocation(of: keyPrefix + key) ?? mappingLocation
    }

    // MARK: Private

    private mutating func value(_ key: String) -> (Node, SourceLocation)? {
        assert(Resolver.default.resolveTag(of: Node(key)) == .str, "'\(key)' would not be looked up as text")
        readKeys.append(key)
        guard let (keyNode, valueNode) = pairs[key] else { return nil }
        let location = location(of: keyNode)
        keyLocationList.append((keyPrefix + key, location))
        return (valueNode, location)
    }

    private mutating func term<Term: Vocabulary>(_ text: String, key: String, at location: SourceLocation) -> Term? {
        guard let term = Term(rawValue: text) else {
            report(.notAllowed(key: key, found: text, allowed: Term.allowedValues), at: location)
            return nil
        }
        return term
    }

    /// The pairs that `mapping[Node(key)]` finds, by key.
    ///
    /// Yams matches a key node when its text equals the asked key and both have the same
    /// YAML type. Every key this reader asks for is plain text, typed `str` (a debug check
    /// in `value(_:)` keeps it so), so a key node matches when its own tag is `str`: written
    /// untagged or with `!` or `!!str`. Yams has typed every key while looking for repeated
    /// ones; with its default resolver an untagged key that reads as a number or a boolean
    /// carries that type now, and is left out, but no asked key reads so. `String` keys
    /// compare as Yams compares the texts.
    /// Three names, compared rather than hashed: every key of every mapping is checked.
    private static let textTags = [Tag.Name.implicit.rawValue, Tag.Name.nonSpecific.rawValue, Tag.Name.str.rawValue]

    private static func pairsByKey(_ mapping: Node.Mapping) -> [String: Node.Mapping.Element] {
        var pairs: [String: Node.Mapping.Element] = Dictionary(minimumCapacity: mapping.count)
        for pair in mapping {
            guard case .scalar(let key) = pair.key, textTags.contains(key.tag.rawValue) else { continue }
            if pairs.index(forKey: key.string) == nil { pairs[key.string] = pair }
        }
        return pairs
    }

    private func recordedLocation(of keyPath: String) -> SourceLocation? {
        keyLocationList.first(where: { $0.keyPath == keyPath })?.location
    }

    private func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return mappingLocation }
        return file.location(line: mark.line + lineOffset, column: mark.column)
    }

    private static func extraValue(_ node: Node) -> ExtraValue {
        switch node {
        case .scalar(let scalar): .text(scalar.string)
        case .sequence(let sequence): .list(sequence.map(extraValue))
        case .mapping(let mapping):
            .map(Dictionary(mapping.map { ($0.key.string ?? "", extraValue($0.value)) }, uniquingKeysWith: { first, _ in first }))
        case .alias: .text("")
        }
    }
}
