/// Refuses feedback results that carry what looks like a submitter's personal data, in the
/// front matter or the body, unless an editor released that exact text in the reviewed
/// allow-list `content/personal-data-allowlist.yml`. Messages name the kind, never the value.
struct PersonalDataGuard {
    static let allowListPath = "content/personal-data-allowlist.yml"

    let allowList: [AllowedText]
    /// Texts the site itself publishes — its agencies and places, its contact address — which
    /// are never a person's name or home address.
    var published: [String] = []

    /// Front-matter keys whose values are the content's own agencies and places, codes, dates
    /// or fixed words: numbers and e-mails are looked for there, names, addresses and phone
    /// words are not. Free text (`title`, `regulation`, `answer_document`, any other key) and
    /// the body get every check.
    static let ownValueKeys: Set<String> = [
        "agency", "province", "forwarded_to", "id", "received", "handled", "status", "submitter_type", "channel",
        "category", "procedures", "outcome",
    ]

    /// What the site publishes of itself: its agency, each line of its contact (with and
    /// without its `Địa chỉ:` label), and the feedback results' agencies, provinces and the
    /// bodies they were forwarded to.
    static func publishedTexts(_ content: SiteContent) -> [String] {
        var texts = [content.settings.agency]
        for line in (content.settings.contact ?? "").split(separator: "\n") {
            let line = line.trimmingCharacters(in: .whitespaces)
            texts.append(line)
            if let colon = line.range(of: ": ") { texts.append(String(line[colon.upperBound...])) }
        }
        for result in content.feedback {
            texts += [result.metadata.agency] + [result.metadata.province, result.metadata.forwardedTo].compactMap { $0 }
        }
        // Longest first, so a whole address is masked before a part of it.
        return Set(texts.filter { $0.count >= 4 }).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Files are scanned on every core (a national site has thousands of feedback results);
    /// the diagnostics come in file order, as one after the other.
    func scan(_ files: [SourceFile]) -> [Diagnostic] {
        let allowed = Set(allowList.map(\.text))
        let published = PersonalDataScanner.PublishedTexts(published)
        let scanned = files.concurrentMap { file -> (diagnostics: [Diagnostic], used: Set<String>) in
            var diagnostics: [Diagnostic] = []
            var used: Set<String> = []
            var frontMatter = false
            // Split on the newline byte: splitting the characters costs more than the scan.
            for (lineIndex, bytes) in file.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                let line = Substring(bytes)
                if line == "---" && (lineIndex == 0 || frontMatter) { frontMatter = lineIndex == 0 }
                // In the front matter, a list item (`  - "1.000001"`) belongs to the key above it,
                // which is one of the listed codes here (`procedures`).
                let listItem = line.first == " " || line.first == "-"
                let wordsToo = !frontMatter || !(listItem || Self.ownValueKeys.contains(String(line.prefix { $0 != ":" })))
                for hit in PersonalDataScanner.scan(line, published: published, wordsToo: wordsToo) {
                    if allowed.contains(hit.text) {
                        used.insert(hit.text)
                        continue
                    }
                    diagnostics.append(
                        Diagnostic(.personalData(hit.kind), at: file.location(line: lineIndex + 1, column: hit.column)))
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
