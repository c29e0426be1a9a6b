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
    /// The closing `---` line of a document's front matter, where a missing key that no
    /// written key comes before belongs; nil for `site.yml`, list files and nested records.
    private let endLocation: SourceLocation?
    /// Whether the file has a body below its front matter, where free text goes.
    private let hasBody: Bool
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

    init(
        mapping: [FrontMatterNode.Pair], file: SourceFile, lineOffset: Int, keyPrefix: String = "", location: SourceLocation? = nil,
        endLocation: SourceLocation? = nil, hasBody: Bool = false
    ) {
        self.mapping = mapping
        self.endLocation = endLocation
        self.hasBody = hasBody
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
            report(.wrongType(key: keyPrefix + key, expected: .singleText), at: location)
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
            if let (year, month, day) = CalendarDate.numbers(text) {
                report(.impossibleDate(key: keyPrefix + key, found: text, year: year, month: month, day: day), at: location(of: key))
            } else {
                report(.invalidDate(key: keyPrefix + key, found: text), at: location(of: key))
            }
            return nil
        }
        return date
    }

    mutating func requiredDate(_ key: String) -> CalendarDate? {
        isPresent(key) ? date(key) : nil
    }

    mutating func integer(_ key: String, required: Bool = false) -> Int? {
        if required && !isPresent(key) { return nil }
        guard let text = string(key) else { return nil }
        guard let value = Int(text) else {
            report(.notWholeNumber(key: keyPrefix + key, found: text), at: location(of: key))
            return nil
        }
        return value
    }

    /// A plain number of the transparency data (`17.5`, `86`), never a Vietnamese `17,5`.
    mutating func number(_ key: String, required: Bool = false) -> Double? {
        if required && !isPresent(key) { return nil }
        guard let text = string(key) else { return nil }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }), let value = Double(text), value.isFinite else {
            report(.notNumber(key: keyPrefix + key, found: text), at: location(of: key))
            return nil
        }
        return value
    }

    mutating func term<Term: Vocabulary>(_ key: String, as type: Term.Type = Term.self) -> Term? {
        guard let text = string(key) else { return nil }
        return term(text, key: keyPrefix + key, at: location(of: key), node: pairs[key]?.value)
    }

    mutating func requiredTerm<Term: Vocabulary>(_ key: String, as type: Term.Type = Term.self) -> Term? {
        isPresent(key) ? term(key) : nil
    }

    // MARK: Lists

    /// A list of text values; a single value is accepted only where `acceptsSingle` says so
    /// (keys the content model types as "string or list").
    mutating func strings(_ key: String, required: Bool = false, acceptsSingle: Bool = false) -> [String] {
        guard let (node, location) = value(key) else {
            if required { reportMissing(key) }
            return []
        }
        if acceptsSingle, case .scalar = node.value {
            guard let text = string(key) else { return [] }
            if text.isEmpty && required { report(.requiredValueEmpty(keyPrefix + key), at: location) }
            return text.isEmpty ? [] : [text]
        }
        guard case .sequence(let sequence) = node.value else {
            report(.wrongType(key: keyPrefix + key, expected: .list), at: location)
            return []
        }
        var values: [String] = []
        for (index, item) in sequence.enumerated() {
            let itemKey = "\(key)[\(index + 1)]"
            let itemLocation = self.location(of: item)
            keyLocationList.append((keyPrefix + itemKey, itemLocation))
            guard let text = item.text, !text.isEmpty else {
                report(.wrongType(key: keyPrefix + itemKey, expected: .text), at: itemLocation)
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
        var items: [FrontMatterNode] = []
        if case .sequence(let sequence) = pairs[key]?.value.value, sequence.count == texts.count { items = sequence }
        return texts.enumerated().compactMap { index, text in
            let itemKey = "\(keyPrefix)\(key)[\(index + 1)]"
            return term(text, key: itemKey, at: recordedLocation(of: itemKey) ?? mappingLocation, node: items.isEmpty ? nil : items[index])
        }
    }

    /// A list of nested records such as `channels`, each read by `decode` with its own reader.
    mutating func records<Record>(
        _ key: String, required: Bool = false, decode: (inout FrontMatterReader) -> Record?
    ) -> [Record] {
        guard let (node, location) = value(key) else {
            if required { reportMissing(key) }
            return []
        }
        guard case .sequence(let sequence) = node.value, !(required && sequence.isEmpty) else {
            report(.wrongType(key: keyPrefix + key, expected: .entryList), at: location)
            return []
        }
        var records: [Record] = []
        for (index, item) in sequence.enumerated() {
            let itemKey = "\(keyPrefix)\(key)[\(index + 1)]"
            let itemLocation = self.location(of: item)
            keyLocationList.append((itemKey, itemLocation))
            guard case .mapping(let itemMapping) = item.value else {
                report(.wrongType(key: itemKey, expected: .entry), at: itemLocation)
                continue
            }
            var child = FrontMatterReader(
                mapping: itemMapping, file: file, lineOffset: lineOffset, keyPrefix: itemKey + ".", location: itemLocation,
                hasBody: hasBody)
            let record = decode(&child)
            diagnostics += child.diagnostics
            keyLocationList += child.keyLocationList
            if let record { records.append(record) }
        }
        return records
    }

    /// A nested map such as `groups:` or `dossiers:`, read by `decode` with its own reader.
    mutating func record<Record>(_ key: String, required: Bool = false, decode: (inout FrontMatterReader) -> Record?) -> Record? {
        guard let (node, location) = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard case .mapping(let childMapping) = node.value else {
            report(.wrongType(key: keyPrefix + key, expected: .map), at: location)
            return nil
        }
        var child = FrontMatterReader(
            mapping: childMapping, file: file, lineOffset: lineOffset, keyPrefix: keyPrefix + key + ".", location: location,
            hasBody: hasBody)
        let record = decode(&child)
        diagnostics += child.diagnostics
        keyLocationList += child.keyLocationList
        return record
    }

    /// The free `extra:` map, kept as text, lists and maps.
    mutating func extra(_ key: String) -> [String: ExtraValue] {
        guard let (node, location) = value(key) else { return [:] }
        guard case .map(let entries) = Self.extraValue(node) else {
            report(.wrongType(key: keyPrefix + key, expected: .map), at: location)
            return [:]
        }
        return entries
    }

    // MARK: Finishing

    /// Reports every key that was not read, suggesting the closest allowed one. A key
    /// misspelled is one mistake: the required key it was meant to be is not also reported
    /// missing. Only where `extra:` is allowed is it offered for custom values.
    mutating func reportUnknownKeys(allowed: [String]) {
        for pair in mapping {
            let keyNode = pair.key
            let key = keyNode.text ?? ""
            guard !allowed.contains(key), !readKeys.contains(key) else { continue }
            let location = location(of: keyNode)
            if let suggestion = Suggestion.closestValue(to: key, among: allowed) {
                diagnostics.removeAll { Self.isMissing(keyPrefix + suggestion, $0.problem) }
                // Renaming to a key written already would write it twice: then no fix is offered.
                let fix =
                    has(suggestion)
                    ? nil : Fix(line: location.line, column: location.column, length: key.unicodeScalars.count, replacement: suggestion)
                report(.misspelledKey(key: keyPrefix + key, suggestion: keyPrefix + suggestion), at: location, fix: fix)
            } else if allowed.contains("extra") {
                report(.unknownKey(keyPrefix + key), at: location)
            } else if key == "extra" {
                report(.extraNotAllowed(allowed: allowed, hasBody: hasBody), at: location)
            } else {
                report(.unknownKeyWithoutExtra(key: keyPrefix + key, allowed: allowed, hasBody: hasBody), at: location)
            }
        }
    }

    /// Records a problem, with the line it is on as written.
    mutating func report(_ problem: Problem, at location: SourceLocation, fix: Fix? = nil) {
        let excerpt = location.path == file.path ? file.line(location.line) : nil
        diagnostics.append(Diagnostic(problem, at: location, excerpt: excerpt, fix: fix))
    }

    func has(_ key: String) -> Bool { pairs[key] != nil }

    /// The key as messages name it: `targets[1].goals` for `goals` in the first target.
    func keyName(_ key: String) -> String { keyPrefix + key }

    /// Whether a required key is written; reports it missing when it is not.
    private mutating func isPresent(_ key: String) -> Bool {
        if !has(key) { reportMissing(key) }
        return has(key)
    }

    /// Reports a required key missing where it belongs: before the key written after the
    /// nearest key read before it (the content model's order, which scaffolds follow), or
    /// at the closing `---` when no key before it is written. In a nested entry, whose end
    /// is not known, a key that belongs last is reported at the key before it.
    private mutating func reportMissing(_ key: String) {
        guard let before = readKeys.last(where: { $0 != key && has($0) }),
            let index = mapping.firstIndex(where: { $0.key.text == before })
        else {
            if let endLocation {
                report(.missingKeyAtEnd(key: keyPrefix + key), at: endLocation)
            } else {
                report(.missingKey(keyPrefix + key), at: mappingLocation)
            }
            return
        }
        let next = mapping.index(after: index)
        let place =
            next < mapping.endIndex
            ? file.location(line: location(of: mapping[next].key).line)
            : endLocation ?? location(of: mapping[index].key)
        report(.missingKeyAfter(key: keyPrefix + key, after: keyPrefix + before), at: place)
    }

    private static func isMissing(_ keyPath: String, _ problem: Problem) -> Bool {
        problem.missingKeyPath == keyPath
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

    /// - Parameter node: the value as written, so that a close allowed value can be offered
    ///   as a fix.
    private mutating func term<Term: Vocabulary>(_ text: String, key: String, at location: SourceLocation, node: FrontMatterNode?) -> Term?
    {
        guard let term = Term(rawValue: text) else {
            let closest = Suggestion.closestValue(to: text, among: Term.allowedValues)
            let fix = closest.flatMap { replacement(of: node, with: $0) }
            if let closest {
                report(.notAllowedNear(key: key, found: text, allowed: Term.allowedValues, closest: closest), at: location, fix: fix)
            } else {
                report(.notAllowed(key: key, found: text, allowed: Term.allowedValues), at: location)
            }
            return nil
        }
        return term
    }

    /// The edit that writes `replacement` in place of a one-line value, quoted or not; nil
    /// when the value is not found as written where its position says.
    private func replacement(of node: FrontMatterNode?, with replacement: String) -> Fix? {
        guard let node, let position = node.position, case .scalar(let text, let isPlain, _) = node.value,
            let lineText = file.line(position.line + lineOffset)
        else { return nil }
        let length = text.unicodeScalars.count + (isPlain ? 0 : 2)
        let written = String(String.UnicodeScalarView(lineText.unicodeScalars.dropFirst(position.column - 1).prefix(length)))
        guard isPlain ? written == text : written.dropFirst().dropLast() == text[...] else { return nil }
        return Fix(line: position.line + lineOffset, column: position.column, length: length, replacement: replacement)
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
