import Foundation

/// Reads typed values out of one YAML mapping, recording a diagnostic for each wrong key
/// instead of stopping at the first, and remembering where each key was written.
///
/// Values are taken from the YAML text as written (`2.000740` stays `2.000740`), never
/// through YAML's own typing.
struct FrontMatterReader {
    private let mapping: [FrontMatterNode.Pair]
    /// Each key's pair, found once.
    private let pairs: [String: FrontMatterNode.Pair]
    private let file: SourceFile
    /// Added to the YAML block's line numbers, which count from its first line.
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

    init(mapping: [FrontMatterNode.Pair], file: SourceFile, lineOffset: Int, keyPrefix: String = "", location: SourceLocation? = nil) {
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
        guard case .scalar(let written, let isPlain, _) = node.value else {
            report(.wrongType(key: keyPrefix + key, expected: "a single text value"), at: location)
            return nil
        }
        let text = written.trimmingScalars(in: .whitespacesAndNewlines)
        if isPlain && (text.isEmpty || text == "~" || text == "null") {
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
        if acceptsSingle, case .scalar = node.value {
            guard let text = string(key) else { return [] }
            if text.isEmpty && required { report(.requiredValueEmpty(keyPrefix + key), at: location) }
            return text.isEmpty ? [] : [text]
        }
        guard case .sequence(let sequence) = node.value else {
            report(.wrongType(key: keyPrefix + key, expected: "a list, one '- value' per line"), at: location)
            return []
        }
        var values: [String] = []
        for (index, item) in sequence.enumerated() {
            let itemKey = "\(key)[\(index + 1)]"
            let itemLocation = self.location(of: item)
            keyLocationList.append((keyPrefix + itemKey, itemLocation))
            guard let text = item.text, !text.isEmpty else {
                report(.wrongType(key: keyPrefix + itemKey, expected: "a text value"), at: itemLocation)
                continue
            }
            values.append(text.trimmingScalars(in: .whitespacesAndNewlines))
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
        guard case .sequence(let sequence) = node.value, !(required && sequence.isEmpty) else {
            report(.wrongType(key: keyPrefix + key, expected: "a list of entries, each starting with '- '"), at: location)
            return []
        }
        var records: [Record] = []
        for (index, item) in sequence.enumerated() {
            let itemKey = "\(keyPrefix)\(key)[\(index + 1)]"
            let itemLocation = self.location(of: item)
            keyLocationList.append((itemKey, itemLocation))
            guard case .mapping(let itemMapping) = item.value else {
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
        for pair in mapping {
            let keyNode = pair.key
            let key = keyNode.text ?? ""
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

    private mutating func value(_ key: String) -> (FrontMatterNode, SourceLocation)? {
        readKeys.append(key)
        guard let pair = pairs[key] else { return nil }
        let location = location(of: pair.key)
        keyLocationList.append((keyPrefix + key, location))
        return (pair.value, location)
    }

    private mutating func term<Term: Vocabulary>(_ text: String, key: String, at location: SourceLocation) -> Term? {
        guard let term = Term(rawValue: text) else {
            if let closest = Suggestion.closestValue(to: text, among: Term.allowedValues) {
                report(.notAllowedNear(key: key, found: text, allowed: Term.allowedValues, closest: closest), at: location)
            } else {
                report(.notAllowed(key: key, found: text, allowed: Term.allowedValues), at: location)
            }
            return nil
        }
        return term
    }

    /// The pairs whose key YAML types as text, by key; a key written twice is refused before.
    ///
    /// With Yams' default resolver (a block with `!` in it) an untagged key that reads as a
    /// number or a boolean (`1`, `yes`) is typed so and not read, as Yams' own lookup would
    /// not find it; no key a reader asks for reads so.
    private static func pairsByKey(_ mapping: [FrontMatterNode.Pair]) -> [String: FrontMatterNode.Pair] {
        var pairs: [String: FrontMatterNode.Pair] = Dictionary(minimumCapacity: mapping.count)
        for pair in mapping {
            guard case .scalar(let key, _, isTypedText: true) = pair.key.value else { continue }
            if pairs.index(forKey: key) == nil { pairs[key] = pair }
        }
        return pairs
    }

    private func recordedLocation(of keyPath: String) -> SourceLocation? {
        keyLocationList.first(where: { $0.keyPath == keyPath })?.location
    }

    private func location(of node: FrontMatterNode) -> SourceLocation {
        guard let position = node.position else { return mappingLocation }
        return file.location(line: position.line + lineOffset, column: position.column)
    }

    private static func extraValue(_ node: FrontMatterNode) -> ExtraValue {
        switch node.value {
        case .scalar(let text, _, _): .text(text)
        case .sequence(let sequence): .list(sequence.map(extraValue))
        case .mapping(let mapping):
            .map(Dictionary(mapping.map { ($0.key.text ?? "", extraValue($0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}
