/// Refuses feedback results that carry what looks like a submitter's personal data, in the
/// front matter or the body, unless an editor released that exact text in the reviewed
/// allow-list `content/personal-data-allowlist.yml`. Messages name the kind, never the value.
struct PersonalDataGuard {
    static let allowListPath = "content/personal-data-allowlist.yml"

    let allowList: [AllowedText]

    /// Files are scanned on every core (a national site has thousands of feedback results);
    /// the diagnostics come in file order, as one after the other.
    func scan(_ files: [SourceFile]) -> [Diagnostic] {
        let allowed = Set(allowList.map(\.text))
        let scanned = files.concurrentMap { file -> (diagnostics: [Diagnostic], used: Set<String>) in
            var diagnostics: [Diagnostic] = []
            var used: Set<String> = []
            for (lineIndex, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for hit in PersonalDataScanner.scan(line) {
                    if allowed.contains(hit.text) {
                        used.insert(hit.text)
                        continue
                    }
                    diagnostics.append(
                        Diagnostic(.personalData(hit.kind.label), at: file.location(line: lineIndex + 1, column: hit.column)))
                }
            }
            return (diagnostics, used)
        }
        var diagnostics = scanned.flatMap(\.diagnostics)
        let used = scanned.reduce(into: Set<String>()) { $0.formUnion($1.used) }
        for entry in allowList where !used.contains(entry.text) {
            diagnostics.append(Diagnostic(.unusedAllowListEntry, at: entry.location))
        }
        return diagnostics
    }
}
